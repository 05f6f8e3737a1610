"""Chinese names in Hanyu Pinyin: tell a word that is one from a case form a Slavic language made of it."""
from __future__ import annotations

from functools import lru_cache

# every syllable of Hanyu Pinyin without its tone (ü written v or ü)
_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun
luo lv lü lüe lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao
ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nü nüe nve o ou pa pai pan pang pao
pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran
rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao
she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian
xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai
zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan
zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split())
_LONGEST = max(map(len, _SYLLABLES))
MAX_SYLLABLES = 2  # a family name or a given name: one or two syllables ("Ouyang", "Jinping")


@lru_cache(maxsize=4096)
def is_pinyin(word: str) -> bool:
    """Is the word one or two Pinyin syllables ("Zhenglong", "Wu", "Xi'an"), a vowel-initial syllable only first
    ("Wua" is Wu and a case ending, not two syllables)?"""
    w = word.lower().replace("'", "").replace("’", "")
    return bool(w) and w.isalpha() and _fits(w, 0, 0)


def _fits(w: str, at: int, count: int) -> bool:
    """Can w[at:] be split into at most MAX_SYLLABLES - count syllables?"""
    if at == len(w):
        return count > 0
    if count == MAX_SYLLABLES:
        return False
    for n in range(min(_LONGEST, len(w) - at), 0, -1):
        s = w[at:at + n]
        if s in _SYLLABLES and (at == 0 or s[0] not in "aeo") and _fits(w, at + n, count + 1):
            return True
    return False


def chinese_reading(words: list[str], readings) -> list[str] | None:
    """A name of two words in Pinyin that the text declined ("Wua Zhenglonga", "Xu Jianom"): each word as written
    or, where it is no Pinyin, its one case reading that is; None when the name is not such a one."""
    if len(words) != 2 or all(is_pinyin(w) for w in words):
        return None
    out = []
    for w in words:
        if is_pinyin(w):
            out.append(w)
            continue
        found = next((r for r in readings(w) if len(r) >= 2 and is_pinyin(r)), None)
        if found is None:
            return None
        out.append(found)
    return [w[:1].upper() + w[1:].lower() for w in out]
