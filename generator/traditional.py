"""Traditional characters folded into the simplified ones in the matching key (``normalize.fold``;
the text stays as printed): a county's page copied from a mirror in traditional characters
(青溪縣人民政府關於…的通知, 青政發〔2024〕5號, 縣人民政府辦公室), or a title or label a font or an
input method gave in them, is read by the rules that key on the simplified words (关于, 县, 发, 号,
办公室, 决定, 报, 纪要 …).

The table holds the traditional forms of the characters a gazette's organs, places, document
kinds, labels, dates and common words are written with, one simplified character each (not a
converter's whole table: a character whose traditional form is also a simplified character of its
own, 乾, 著, 隻, 祇, is left out)."""

from __future__ import annotations

# (traditional, simplified) pairs, written as two strings of equal length.
_PAIRS = (
    # organs, offices and places
    "縣區鄉鎮鄰辦機關黨團組隊員會廳處館層門戶衛財稅務農業醫療環廣東華國陽陰灣島慶溝寧陝貴遼蘇閩贛魯粵瓊隴內龍臺颱"
    "雲樂漢滬濱澤濟臨鐵紅綠藍黃嶺峽灘興豐鳳鳴塢塊壩隴陸遠達遷邊闊勝濰濱瀘瀋厲盧蕭韓劉張陳楊趙吳錢孫馮鄭謝羅",
    "县区乡镇邻办机关党团组队员会厅处馆层门户卫财税务农业医疗环广东华国阳阴湾岛庆沟宁陕贵辽苏闽赣鲁粤琼陇内龙台台"
    "云乐汉沪滨泽济临铁红绿蓝黄岭峡滩兴丰凤鸣坞块坝陇陆远达迁边阔胜潍滨泸沈厉卢萧韩刘张陈杨赵吴钱孙冯郑谢罗",
    # document kinds, labels and the words of a header and closing
    "於關發號報紀議決規劃綱請見復複讀問說單錄頁碼總續並專項簽蓋轉頒廢終緊級類屬責計統經濟題詞註備傳郵編輯話講辭"
    "條細則範圍標準質證許審認評訓練試驗檢監測調執處罰違應災氣時間從眾優動態風險電網絡聯繫係結餘額萬億個兩點雙連"
    "職稱歷曆學園圖書導負達啟實進強設體製節產資費營銷購貿場價護態報訊況開展覽現將過還後裡裏這們為對與將當",
    "于关发号报纪议决规划纲请见复复读问说单录页码总续并专项签盖转颁废终紧级类属责计统经济题词注备传邮编辑话讲辞"
    "条细则范围标准质证许审认评训练试验检监测调执处罚违应灾气时间从众优动态风险电网络联系系结余额万亿个两点双连"
    "职称历历学园图书导负达启实进强设体制节产资费营销购贸场价护态报讯况开展览现将过还后里里这们为对与将当",
    # more of the words documents are written with
    "問題務組織導幹個號稱義區劃類舉衝標識別響應預備觀點維護產權質檢驗歲齡婦孫親屬戶籍遷續辦納繳補貼領發頭彙匯",
    "问题务组织导干个号称义区划类举冲标识别响应预备观点维护产权质检验岁龄妇孙亲属户籍迁续办纳缴补贴领发头汇汇",
    "記長車軍輛運輸橋勞歸檔畫協僑殘貧難獎勵懲榮譽揚訂佈構賬債貸銀幣積極確創種養豬漁礦綜藝術藥減輕擔爲",
    "记长车军辆运输桥劳归档画协侨残贫难奖励惩荣誉扬订布构账债贷银币积极确创种养猪渔矿综艺术药减轻担为",
)

TRADITIONAL = {}
for _k in range(0, len(_PAIRS), 2):
    _from, _to = _PAIRS[_k], _PAIRS[_k + 1]
    assert len(_from) == len(_to), (_k, len(_from), len(_to))
    for _t, _s in zip(_from, _to):
        if _t != _s:
            TRADITIONAL.setdefault(_t, _s)

__all__ = ["TRADITIONAL"]
