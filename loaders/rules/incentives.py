"""Incentives: the subsidies, rewards and interest subsidies a plan offers, and the figures that only qualify them.

A sum of money (万元, 元, 亿元) or a share (%) is an incentive when the clause around it rewards (给予, 奖励,
补助, 补贴, 资助, 贴息, 奖补): 对新认定的国家级重点实验室，给予最高1000万元支持. Its form is a cap (最高, 不超过),
a ratio (按…的10%), or a fixed sum; what it rewards is the 对… phrase the sentence opens with, and a figure in that
phrase (年主营业务收入首次突破10亿元的企业) is the condition, not a target. Figures that are neither goals nor
incentives are marked too, so the target rule skips them: deadlines (印发后2个月内), investments and fund sizes
(总投资20亿元, 设立规模5亿元的…基金) and counts of the plan's own measures (提出10项措施). Word lists:
``loaders/data/incentive_words.tsv``.
"""

from __future__ import annotations

import re

from loaders.normalize import clean_name, han_count
from loaders.numbers import Quantity, find_quantities
from loaders.rules.common import Mention
from loaders.terms import read_rows

MONEY = frozenset({"万元", "元", "亿元", "%", "千元"})


def _words(role: str) -> str:
    return "|".join(sorted((r[0] for r in read_rows("incentive_words.tsv") if r[1] == role), key=len, reverse=True))


_REWARD = re.compile(_words("reward"))
_RATIO_REWARD = re.compile(_words("ratio-reward"))
_CAP = re.compile(f"(?:{_words('cap')})$")
_RATIO = re.compile(r"按")
_RANGE_JOIN = re.compile(r"^\s*(?:—|-|～|~|至|到)\s*$")
_CLAUSE_END = re.compile(r"[，,。；;]")
_THRESHOLD_WORDS = re.compile(r"首次|突破|超过|达到|不低于")  # what a sum is a threshold after (首次突破10亿元的)
_ELLIPTIC_CONDITION = re.compile(r"(?:及)?(?:以上)?的(?:[\u4e00-\u9fff]{0,4})?[，,]?\s*(?:给予|奖励|补助|一次性)")
_SUBJECT = re.compile(
    r"(?:^|[，,。；;：:])\s*(?:\d+[.、])?\s*(?:对|对于|凡)([^，,。；;]{2,50}?)[，,]?\s*"
    r"(?=给予|按|一次性|奖励|补助|补贴|资助|最高|每人|每家|分别|可)"
)
_CONDITION = re.compile(r"首次|突破|超过|达到|以上|不低于|增长|增幅|收入|产值|投入|规模")
_THRESHOLD_AFTER = re.compile(r"^\s*(?:以上|及以上)?(?:的|且)")
_DEADLINE = re.compile(r"^\s*(?:个)?(?:月|工作日|日|天)?内")
_DEADLINE_BEFORE = re.compile(r"(?:印发|发布|出台|实施|下达)后\s*$")
_NOT_TARGET_CONTEXT = re.compile(_words("not-target"))
# 拟立项26项，拟资助2070万元: what a notice allots to the projects it approves (or they applied for), no standing
# award; nor a tranche paid (签订后拨付资助资金的70%: 拨付 with no 按 before it, unlike 按国家拨付经费的20%给予…)
_ALLOTTED = re.compile(r"(?:(?:拟资助|拟安排|拟支持|拟下达|拟拨付)[^，,。；;\d]{0,12}|申请[^，,。；;\d]{0,4}资助资金)$")
_TRANCHE = re.compile(r"^(?:(?!按)[^，,。；;])*拨付[^，,。；;\d]{0,8}$")
# 获得奖补资金500万元, 全年兑现奖补5270万元: a sum paid out (a report of what an award gave), not the award itself
# (下达…团队奖励资金486.2万元, …后补助资金合计3116万元: sums allotted or added up; 带动…新增设备投入1.36亿元: what an
# award drew in)
_PAID = re.compile(
    r"(?:获得|获|兑现|兑付|发放|落实|下达|拨付)[^，,。；;\d按给予]{0,12}(?:资金|奖补|奖励|补助|补贴|资助)(?:资金)?\s*$"
    r"|(?:资金|奖补|奖励|补助|补贴)(?:合计|共计|总计|累计)\s*$|带动[^，,。；;\d]{0,20}$"
)


# 原政策对国家首台（套）最高奖励500万元, 上限由原政策的500万元提高到1000万元, 预计每年需安排奖补资金约2.1亿元,
# 奖补资金约占测算总额的85%, 在回收的231份有效问卷中，78.4%: an award as it was, a change of one on offer, an estimate
# of the cost, a share of it or a survey's answer, said in a draft's explanation; none is an award the text offers
_NOT_ON_OFFER = re.compile(r"原政策|原标准|上限由|测算|预计|问卷")
_SHARE = re.compile(r"约占|占[^，,。；;]{0,8}(?:总额|比重|比例)的?\s*$")
# 实现首台（套）奖补资金2.36亿元、创新平台奖补资金1.18亿元: a pot of award money paid out, not one award
_POT = re.compile(r"(?:奖补|奖励|补助|补贴|扶持)资金(?:约|共|合计)?\s*$")


# 区级资助1200万元 closing a clause on one firm's project: the sum it was granted, said without 给予 or a cap
_GRANTED = re.compile(r"(?:[区市县省州]级|财政)?(?:资助|补助|支持|奖补|奖励)(?:资金)?")


def _award(q: Quantity, kind: str, rewards: str, condition: str, base: int, block) -> Mention:
    """One award of ``q`` (fixed, cap or ratio) for ``rewards``, named as kg lists awards (研发投入 最高500万元)."""
    attrs = {"value": q.value, "value_max": q.value_max, "unit": q.unit, "kind": kind, "rewards": rewards,
             "condition": condition}  # fmt: skip
    span = f"{q.value}-{q.value_max}" if q.value_max else f"{q.value}"
    name = f"{rewards or '奖补'} {'最高' if kind == 'cap' else ''}{span}{q.unit}"
    return Mention("Incentive", name, base + q.start, base + q.end, block, attrs)


class IncentiveFinder:
    """Incentive rules for one sentence; also reports the spans of figures that are not targets."""

    def in_sentence(self, text: str, base: int, block) -> tuple[list[Mention], list[tuple[int, int]]]:
        found: list[Mention] = []
        skip: list[tuple[int, int]] = []
        quantities = find_quantities(text)
        # 对/对于/凡 opens a subject: a sentence with neither (almost all) is spared the scan
        subjects = list(_SUBJECT.finditer(text)) if "对" in text or "凡" in text else []

        def subjects_between(award: Mention, q: Quantity) -> bool:
            return any(award.end - base <= m.start() < q.start for m in subjects)

        i = 0
        while i < len(quantities):
            q = quantities[i]
            nxt = quantities[i + 1] if i + 1 < len(quantities) else None
            if nxt and nxt.unit == q.unit and _RANGE_JOIN.match(text[q.end : nxt.start]):
                q = Quantity(q.value, nxt.value, q.unit, q.comparator, q.start, nxt.end)
                i += 1
            i += 1
            if self._not_a_target(text, q, subjects):
                skip.append((q.start, q.end))
            if q.unit not in MONEY:
                continue
            clause = self._clause(text, q)
            before = text[max(0, q.start - 6) : q.start]
            # 按照实际发生额的100%在税前加计扣除: a share of a relief, offered as awards are
            relief = (
                q.unit == "%"
                and _RATIO_REWARD.search(clause) is not None
                and _RATIO.search(text, max(0, text.rfind("，", 0, q.start) + 1), q.start) is not None
            )
            if not (_REWARD.search(clause) or (_CAP.search(before) and _REWARD.search(text)) or relief):
                continue  # 单个企业每年最高200万元 caps the reward of the clause before
            if any(m.start(1) <= q.start < m.end(1) for m in subjects):
                continue  # a figure inside the 对… phrase is its condition
            lead = text[max(0, text.rfind("，", 0, q.start) + 1, text.rfind(",", 0, q.start) + 1) : q.start]
            if _PAID.search(lead):
                skip.append((q.start, q.end))  # nor a figure of the region
                continue
            if _ALLOTTED.search(text, 0, q.start) or _TRANCHE.match(lead):
                continue
            if _NOT_ON_OFFER.search(text, 0, q.start) or _SHARE.search(lead):
                skip.append((q.start, q.end))
                continue
            if _POT.search(lead) and "给予" not in lead:
                skip.append((q.start, q.end))
                continue
            if _GRANTED.fullmatch(lead.strip()) and not subjects and not _CAP.search(before):
                skip.append((q.start, q.end))  # 支持某公司实施某项目，区级资助1200万元: what one project was granted
                continue
            if _ELLIPTIC_CONDITION.match(text, q.end) and _THRESHOLD_WORDS.search(before):
                continue  # …，首次突破5亿元的给予50万元奖励: the next award's condition, its 对 left out
            subject = next((m for m in reversed(subjects) if m.end(1) <= q.start), None)
            kind = "cap" if _CAP.search(before) else "ratio" if q.unit == "%" and _RATIO.search(lead) else "fixed"
            rewards, condition = self._rewards(subject)
            if not rewards:
                rewards = self._previous_noun(text, q)
            if kind == "cap" and found and found[-1].attrs["kind"] == "ratio" and not subjects_between(found[-1], q):
                # 按投资额的8%给予补助，单个项目最高800万元: the ratio's cap, one award
                found[-1].attrs.update(cap=q.value, cap_unit=q.unit)
                skip.append((q.start, q.end))
                continue
            found.append(_award(q, kind, rewards, condition, base, block))
            skip.append((q.start, q.end))
        return found, skip

    @staticmethod
    def caps(text: str, base: int, block, rewards: str) -> list[Mention]:
        """The sums of a table's column of caps (服务类别 | 单笔兑付上限: 研究开发服务 | 20万元): each the most paid for
        the row's item, ``rewards``; a cell holds no award verb, which the sentence rule needs."""
        sums = [q for q in find_quantities(text) if q.unit in MONEY and q.unit != "%"]
        return [_award(q, "cap", rewards, "", base, block) for q in sums]

    @staticmethod
    def _clause(text: str, q: Quantity) -> str:
        lo = max([m.end() for m in _CLAUSE_END.finditer(text, 0, q.start)], default=0)
        hi_match = _CLAUSE_END.search(text, q.end)
        hi = hi_match.start() if hi_match else len(text)
        return text[lo:hi]

    @staticmethod
    def _previous_noun(text: str, q: Quantity) -> str:
        """With no 对… phrase, what the sentence rewards is the …的X that ends a clause before the sum
        (带成果来落户的高层次创业人才，经论证审批，给予…)."""
        head = text[: max([m.start() for m in _CLAUSE_END.finditer(text, 0, q.start)], default=0)]
        for clause in reversed(_CLAUSE_END.split(head)):
            match = re.search(r"的([^的，,。；;]{2,12})$", clause)
            if match and not re.search(r"\d|给予|奖励|补助", clause):
                return clean_name(match.group(1))
        return ""

    @staticmethod
    def _rewards(subject: re.Match[str] | None) -> tuple[str, str | None]:
        if subject is None:
            return "", None
        phrase = clean_name(subject.group(1)).strip("的")
        if _CONDITION.search(phrase) and re.search(r"\d", phrase):
            noun = re.split(r"的", phrase)[-1]
            return (noun if han_count(noun) >= 2 else phrase), phrase
        return phrase, None

    @staticmethod
    def _not_a_target(text: str, q: Quantity, subjects: list[re.Match[str]]) -> bool:
        """Deadlines, thresholds, investments, fund sizes and counts of measures: figures that set no goal."""
        after = text[q.end : q.end + 8]
        before = text[max(0, q.start - 12) : q.start]
        if _DEADLINE.match(after) and (_DEADLINE_BEFORE.search(before) or q.unit in ("个", "日", "天")):
            return True
        if any(m.start(1) <= q.start < m.end(1) for m in subjects):
            return True  # 对年主营业务收入首次突破10亿元的企业: the condition of a reward
        if _THRESHOLD_AFTER.match(after) and _THRESHOLD_WORDS.search(before):
            return True
        clause_lo = max([m.end() for m in _CLAUSE_END.finditer(text, 0, q.start)], default=0)
        return bool(_NOT_TARGET_CONTEXT.search(text[clause_lo : q.end + 6]))
