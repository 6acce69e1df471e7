"""The benchmark's arithmetic (bench/run.py): a page's ratio is the median of
its rounds, each against the bare view loaded just before it."""

from bench import run


class FakeServer:
    def url(self, path: str) -> str:
        return path

    def wait_idle(self) -> None:
        pass


def test_ratio_is_the_median_of_rounds_against_the_bare_view_just_before(monkeypatch):
    # Round 2 runs while a neighbour halves the machine: page and bare view alike.
    speeds = iter([1.0, 1.0, 0.5, 0.5, 1.0, 1.0])  # (bare, page) for three rounds
    base = {"/bench/bare/": 1000.0, "/news/": 250.0}

    def fake_wrk(url: str, seconds: float) -> dict:
        if seconds == 1:  # warm-up
            return {"rps": 1.0, "p50_ms": 1.0, "p99_ms": 1.0, "errors": 0}
        rps = base[url] * next(speeds)
        return {"rps": rps, "p50_ms": 1000 / rps, "p99_ms": 2000 / rps, "errors": 0}

    monkeypatch.setattr(run, "run_wrk", fake_wrk)
    monkeypatch.setattr(run, "ROUNDS", 3)
    monkeypatch.setattr(run, "SECONDS", 6.0)
    pages = [{"name": "news p1", "path": "/news/"}]
    rows = run.measure(FakeServer(), pages, {"news p1": {"queries": 1}})

    news = rows["news p1"]
    assert news["round_ratios"] == [0.25, 0.25, 0.25]
    assert news["ratio_to_bare"] == 0.25
    assert news["rps"] == 250.0 and news["bare_rps"] == 1000.0
    assert news["queries"] == 1 and news["errors"] == 0
    assert rows["bare"]["rps"] == 1000.0


def test_scaling_compares_each_page_at_both_sizes_through_its_bare_ratio():
    cold = {
        "1000": {"bare": {"ratio_to_bare": 1.0}, "news p1": {"ratio_to_bare": 0.05},
                 "search": {"ratio_to_bare": 0.04}},
        "100000": {"bare": {"ratio_to_bare": 1.0}, "news p1": {"ratio_to_bare": 0.04},
                   "search": {"ratio_to_bare": 0.025}},
    }  # fmt: skip
    rows = run.scaling(cold, 1000, 100000)
    assert rows == {
        "news p1": {"growth": 1.25, "limit": 1.3, "ok": True},
        "search": {"growth": 1.6, "limit": 2.0, "ok": True},
    }
    cold["100000"]["news p1"]["ratio_to_bare"] = 0.025
    assert run.scaling(cold, 1000, 100000)["news p1"] == {"growth": 2.0, "limit": 1.3, "ok": False}


def test_the_bare_view_of_a_size_returns_that_many_bytes(client, settings, db):
    settings.ROOT_URLCONF = "config.urls_bench"
    response = client.get("/bench/bare/71234/")
    assert response.status_code == 200 and len(response.content) == 71234
