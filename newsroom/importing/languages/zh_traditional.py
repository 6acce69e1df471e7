"""Traditional characters read as their simplified forms, one for one.

Press texts from Hong Kong, Macau and Taiwan write 大學, 委員會, 院長: the
Chinese readers match the simplified word lists against ``simplified(text)``,
which has the same length as ``text``, and take every name from the text as
written. Only characters that are never simplified forms themselves are
mapped, so a simplified text reads the same.
"""

from __future__ import annotations

import re

# Traditional → simplified, character for character (a script table, not a
# list of names); the characters the readers' words and common family names use.
_PAIRS = """
與与 為为 於于 對对 將将 從从 這这 們们 個个 來来 還还 該该 據据 並并 後后 裏里 裡里 當当 應应
會会 學学 員员 體体 際际 國国 機机 構构 協协 聯联 團团 區区 廳厅 處处 總总 長长 館馆 醫医 銀银
實实 驗验 院院 辦办 務务 書书 記记 職职 級级 專专 顧顾 問问 導导 師师 碩硕 軍军 參参 贊赞 隨随
領领 議议 題题 論论 壇坛 報报 講讲 習习 華华 東东 門门 語语 義义 廣广 開开 發发 經经 濟济 環环
術术 藝艺 歐欧 亞亚 灣湾 臺台 訪访 見见 舉举 簽签 訂订 談谈 謝谢 讓让 認认 說说 請请 諸诸 調调
詳详 設设 許许 話话 計计 譽誉 觀观 規规 視视 覽览 紹绍 綜综 編编 組组 織织 細细 結结 繞绕 給给
線线 紀纪 類类 簡简 籌筹 稱称 種种 確确 現现 電电 監监 點点 熱热 溫温 遊游 滬沪 湯汤 歡欢 檢检
楊杨 極极 條条 權权 時时 無无 數数 斷断 擔担 揮挥 執执 擴扩 態态 強强 張张 廠厂 庫库 莊庄 帶带
幹干 鞏巩 島岛 歲岁 爾尔 寧宁 頭头 場场 圖图 圍围 園园 圓圆 聲声 備备 復复 奮奋 獎奖 婦妇 寶宝
審审 憲宪 寬宽 尋寻 壽寿 層层 屬属 嶼屿 幣币 帥帅 帳帐 幫帮 廟庙 廢废 異异 彈弹 歸归 錄录 徑径
憶忆 憂忧 懷怀 戀恋 惡恶 驚惊 慣惯 戰战 戲戏 擁拥 擇择 換换 攝摄 擺摆 敵敌 舊旧 顯显 曉晓 暫暂
術术 殺杀 雜杂 槍枪 標标 樣样 樹树 橋桥 夢梦 樓楼 殘残 氣气 匯汇 漢汉 溝沟 淚泪 澤泽 潔洁 淺浅
測测 濃浓 潤润 滿满 濱滨 災灾 煉炼 煩烦 愛爱 牽牵 狀状 獨独 獵猎 獻献 瑪玛 畫画 暢畅 療疗 蓋盖
盤盘 礦矿 碼码 礎础 禍祸 祿禄 離离 積积 穩稳 窮穷 競竞 筆笔 築筑 糧粮 緊紧 紅红 約约 純纯 綱纲
縱纵 紙纸 紛纷 練练 終终 繪绘 絡络 統统 績绩 續续 維维 綠绿 緩缓 緣缘 網网 羅罗 罰罚 聶聂 肅肃
勝胜 腦脑 輿舆 艦舰 艱艰 蘇苏 範范 榮荣 藥药 萊莱 獲获 營营 蕭萧 蔣蒋 藍蓝 薊蓟 藺蔺 慮虑 雖虽
補补 裝装 覺觉 觸触 證证 評评 識识 詞词 譯译 訴诉 試试 詩诗 讀读 課课 誰谁 誼谊 謀谋 謂谓 謹谨
貝贝 貢贡 財财 責责 賢贤 敗败 貨货 質质 購购 貫贯 貴贵 貿贸 費费 賀贺 賈贾 資资 趙赵 賽赛 贏赢
趨趋 躍跃 車车 軌轨 轉转 輪轮 軟软 輕轻 載载 較较 輯辑 輔辅 輸输 辭辞 遼辽 邊边 達达 過过 遷迁
運运 遠远 違违 連连 遲迟 適适 選选 遞递 遺遗 鄧邓 鄺邝 鄔邬 鄒邹 鄭郑 酈郦 郵邮 鄰邻 釋释 鑒鉴
針针 鍾钟 鐘钟 鈄钭 鈕钮 錢钱 鋼钢 鐵铁 鏈链 鋒锋 錦锦 鍵键 鎮镇 閉闭 問问 間间 閔闵 閻阎 闞阚
閆闫 聞闻 閱阅 隊队 陽阳 陰阴 陣阵 階阶 陸陆 陳陈 險险 隱隐 難难 韋韦 韓韩 項项 順顺 須须 頓顿
頒颁 預预 頻频 顏颜 風风 飛飞 館馆 馬马 駱骆 驅驱 駐驻 駕驾 魯鲁 鮑鲍 麥麦 黃黄 齊齐 龍龙 龔龚
萬万 劉刘 吳吴 孫孙 馮冯 葉叶 盧卢 呂吕 譚谭 錢钱 嚴严 鄒邹 賀贺 顧顾 龐庞 喬乔 聶聂 蘭兰 關关
單单 塗涂 藍蓝 饒饶 農农 蘆芦 竇窦 衛卫 閔闵 師师 欒栾 遲迟 倫伦 傑杰 優优 傳传 價价 眾众 億亿
黨党 創创 別别 動动 勞劳 勢势 協协 衛卫 廁厕 雙双 變变 號号 響响 壓压 歷历 縣县 產产 親亲 節节
納纳 慶庆 願愿 護护 擬拟 揚扬 報报 興兴 養养 寫写 決决 況况 減减 幾几 鳳凤 擊击 劃划 則则 劇剧
勵励 勳勋 賣卖 聽听 啟启 壞坏 塊块 牆墙 壯壮 誇夸 娛娱 嬰婴 賓宾 崗岗 嶺岭 峽峡 彌弥 彎弯 懇恳
撲扑 撫抚 搶抢 攔拦 掛挂 擠挤 損损 撿捡 搖摇 鬥斗 晉晋 曬晒 櫃柜 棟栋 欄栏 檔档 毀毁 澆浇 濁浊
濤涛 漲涨 淵渊 漸渐 漁渔 濕湿 滾滚 滯滞 灘滩 潛潜 滅灭 燈灯 靈灵 燦灿 爐炉 爛烂 燒烧 煥焕 獅狮
狹狭 獄狱 豬猪 貓猫 瑣琐 瘋疯 鹽盐 盜盗 睜睁 矯矫 磯矶 磚砖 礙碍 禮礼 禱祷 竊窃 豎竖 籠笼 籃篮
籬篱 纖纤 紋纹 紡纺 絕绝 緒绪 繩绳 綿绵 縮缩 繳缴 罷罢 聳耸 聾聋 腸肠 膚肤 腫肿 脹胀 脅胁 膽胆
脈脉 臉脸 臘腊 捨舍 豔艳 蘋苹 繭茧 薦荐 蕩荡 蓮莲 蟲虫 蝦虾 蟻蚁 蠻蛮 蠟蜡 襯衬 襪袜 襲袭 褲裤
討讨 訓训 訊讯 諷讽 診诊 誠诚 誕诞 詢询 誤误 誘诱 諾诺 諒谅 謎谜 譜谱 貧贫 貼贴 貸贷 賭赌 賞赏
賠赔 賴赖 趕赶 踐践 蹤踪 轟轰 輛辆 輩辈 輝辉 辯辩 邁迈 跡迹 遜逊 邏逻 鬱郁 醬酱 釀酿 釘钉 釣钓
鈔钞 鑰钥 欽钦 鉤钩 鑽钻 鈴铃 鉛铅 銅铜 銘铭 鋪铺 銷销 鎖锁 鍋锅 錯错 錫锡 錘锤 鍛锻 鏡镜 閃闪
闖闯 閒闲 鬧闹 閘闸 閥阀 閣阁 闊阔 陝陕 隕陨 隸隶 黴霉 韌韧 韻韵 頃顷 頑顽 頌颂 頗颇 頸颈 顆颗
額额 顛颠 飢饥 飲饮 飾饰 飽饱 飼饲 餅饼 馳驰 駁驳 驢驴 駛驶 駝驼 罵骂 驕骄 騙骗 騷骚 驟骤 鮮鲜
雞鸡 鴨鸭 鴻鸿 鵝鹅 鷹鹰 齡龄 業业 絲丝 兩两 豐丰 臨临 麗丽 樂乐 鄉乡 買买 亂乱 爭争 虧亏 雲云
僅仅 傷伤 側侧 僑侨 債债 傾倾 償偿 儲储 寫写 凍冻 淨净 涼凉 劑剂 勸劝 廳厅 厭厌 嘆叹 嗎吗 團团
備备 夠够 頁页 頂顶 題题 週周 殼壳 歎叹 蓄蓄 範范 鎮镇 衝冲 臺台 檯台 颱台 髮发 鬍胡 鬚须 穀谷
曆历 複复 穫获 彙汇 儘尽 盡尽 糰团 夥伙 製制 準准 徵征 禦御 誌志 摺折 樸朴 鬆松 錶表 緻致 籤签
適适 採采 麵面 隻只 係系 繫系 餘余 廣广 質质 務务 陸陆 嶽岳 裝装 雜杂 樸朴 漿浆 歡欢 蹟迹 鍊炼
鋁铝 瀏浏 覽览 點点 擊击 頻频 體体 聯联 絡络 繫系 啓启 啟启 佈布 彙汇
"""

_TABLE: dict[int, str] = {}
for _pair in _PAIRS.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        _TABLE[ord(_pair[0])] = _pair[1]

_BACK: dict[str, set[str]] = {}
for _code, _simple in _TABLE.items():
    _BACK.setdefault(_simple, set()).add(chr(_code))


def simplified(text: str) -> str:
    """``text`` with traditional characters in simplified form; same length."""
    return text.translate(_TABLE)


def either_script(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of simplified words that also matches them written traditionally."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        variants = "".join(sorted(_BACK.get(ch, ())))
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        if variants:
            out.append(ch + variants if in_class else f"[{ch}{variants}]")
        else:
            out.append(ch)
    return re.compile("".join(out), flags)
