"""Government web pages (``.html``/``.htm``) -> plan text: charset, site chrome, tables as rows.

The charset comes from the page's ``<meta>`` (GB2312 and GBK are read as GB18030, their superset), else a
byte-order mark, else strict UTF-8, else GB18030. Site chrome goes: ``<nav>``/``<header>``/``<footer>``/
``<aside>``, elements whose class or id names navigation, sharing or a footer, scripts and forms, and short
lines such as 发布时间/来源/浏览次数, 当前位置, 【大 中 小】, 打印/关闭, 版权所有. Before a metadata line goes,
its 成文日期/发布日期/发文字号/标题/发文机关 value is kept in :attr:`Derived.meta`; the page's ``<title>``
(its site suffix cut) is kept as the title. Data tables (no table inside) become TAB-separated rows with
rowspan and colspan cells repeated; layout tables (a table holding tables or long text) are read as blocks.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from loaders.formats import Derived, join_lines, need, table_lines, tidy_line

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030"}

_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "input", "select", "textarea", "nav",
              "header", "footer", "aside", "object", "embed", "svg", "canvas", "template", "head")  # fmt: skip
_CHROME_CLASS = re.compile(
    r"(?:^|[\s_\-])(?:nav\w*|menu\w*|breadcrumbs?|crumbs?|position|location|share\w*|bdshare\w*|footer|foot|"
    r"copyright|sidebar|topbar|toolbar|top-?nav|header|banner|search\w*|print|close|related|pager|fenxiang|"
    r"bottom|dqwz|wzdh)(?:$|[\s_\-])",
    re.I,
)
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table section article main center blockquote pre address "
    "figure figcaption caption tbody thead tfoot hr".split()
)

# A metadata label and its value, in a line or a row of the page's metadata table.
_META_LABELS = {
    "标题": "title",
    "名称": "title",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "成文日期": "written",
    "发布日期": "published",
    "发布时间": "published",
    "发文机关": "issuer",
    "发布机构": "issuer",
}
_META_PAIR = re.compile(
    r"("
    + "|".join(sorted(_META_LABELS, key=len, reverse=True))
    + r")\s*[:：]?\s*\t?\s*([^\t]+?)\s*(?=\t|$| {1,}(?:"
    + "|".join(_META_LABELS)
    + r"|来源|浏览|点击|索引号|主题分类)[:：])"
)
_CHROME_LINE = re.compile(
    r"^(?:发布时间|发布日期|成文日期|来源|信息来源|文章来源|浏览次数|点击(?:次数|数|量|率)|阅读(?:次数|量)|访问(?:次数|量)|"
    r"字号|分享到?|打印(?:本页)?|关闭(?:窗口|本页)?|收藏|当前位置|您(?:现在)?的?(?:当前)?位置|索引号|主题分类|发文机关|"
    r"发布机构|发文字号|责任编辑|编辑|作者|上一篇|下一篇|扫一扫|[【\[]\s*[大中小打关]|版权所有|主办单位|承办单位|网站标识码|网站地图|"
    r"联系我们|技术支持|首页|返回顶部)"
)
_CHROME_ANY = re.compile(
    r"发布时间|来源[:：]|浏览次数|点击(?:次数|数|量)|阅读(?:次数|量)|字号|分享|打印|关闭|ICP备|公网安备|网站标识码|版权所有"
)
_TITLE_SUFFIX = re.compile(r"\s*[_|\-–—]\s*[^_|\-–—]*(?:政府|网|门户|网站|委员会|局|厅)[^_|\-–—]*$")


def _charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    return _SUPERSETS.get(name, name)


def decode_page(path: Path, raw: bytes) -> tuple[str, str]:
    """The page as text and the charset it was read with: meta tag, else BOM, else UTF-8, else GB18030."""
    declared = _charset(raw)
    tried = [declared] if declared else []
    if raw.startswith(b"\xef\xbb\xbf"):
        tried.insert(0, "utf-8-sig")
    tried += ["utf-8", "gb18030"]
    for encoding in tried:
        try:
            return raw.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(f"{path}: a web page in no charset kg can read (declared {declared or 'none'})")


def _is_chrome_element(element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and bool(_CHROME_CLASS.search(names))


def _is_data_table(table) -> bool:
    """A table of values, not a page layout: no table inside it and no cell holding a long text."""
    if table.xpath(".//table"):
        return False
    return all(len(cell.text_content()) <= 400 for cell in table.xpath(".//td|.//th"))


def _table_rows(table) -> list[list[str]]:
    """Rows of cell texts with rowspan and colspan cells repeated, so every row has its columns in place."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still spanned, text)
    for tr in table.xpath(".//tr"):
        row: list[str] = []
        cells = tr.xpath("./td|./th")
        col = 0
        for cell in [*cells, None]:
            while col in pending:
                left, text = pending[col]
                row.append(text)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (left - 1, text)
                col += 1
            if cell is None:
                break
            text = _cell_text(cell)
            span = _int(cell.get("colspan"))
            down = _int(cell.get("rowspan"))
            for _ in range(span):
                row.append(text)
                if down > 1:
                    pending[col] = (down - 1, text)
                col += 1
        grid.append(row)
    return grid


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def _cell_text(cell) -> str:
    return tidy_line(" ".join(_block_lines(cell)))


def _block_lines(element) -> list[str]:
    """The element's text as lines: a block element starts a new line, ``<br>`` breaks one, tables are rows."""
    lines: list[str] = []
    current: list[str] = []
    ordinal: list[int] = []

    def flush() -> None:
        text = tidy_line("".join(current))
        if text:
            lines.append(text)
        current.clear()

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "br":
            flush()
        elif tag == "table" and _is_data_table(node):
            flush()
            caption = node.xpath("./caption")
            if caption:
                lines.append(tidy_line(caption[0].text_content()))
            lines.extend(table_lines(_table_rows(node)))
        elif tag:
            block = tag in _BLOCK_TAGS
            if block:
                flush()
            if tag == "ol":
                ordinal.append(0)
            if tag == "li" and ordinal and node.getparent() is not None and node.getparent().tag == "ol":
                ordinal[-1] += 1
                current.append(f"{ordinal[-1]}.")
            if node.text:
                current.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    current.append(child.tail)
            if tag == "ol":
                ordinal.pop()
            if block:
                flush()

    walk(element)
    flush()
    return lines


def _page_meta(lines: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in lines:
        if len(line) > 160:
            continue
        for label, value in _META_PAIR.findall(line):
            key = _META_LABELS[label]
            value = value.strip(" :：")
            if value and key not in meta:
                meta[key] = value
    return meta


def is_chrome_line(line: str) -> bool:
    """A short line of site furniture: a metadata label first, or two furniture words in it."""
    if len(line) > 100:
        return False
    bare = line.lstrip("【[（( ")
    return bool(_CHROME_LINE.match(line) or _CHROME_LINE.match(bare)) or len(_CHROME_ANY.findall(line)) >= 2


def read_html(path: Path, raw: bytes) -> Derived:
    html = need("lxml.html", path, "web pages")
    text, encoding = decode_page(path, raw)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses an XML declaration in a str
    try:
        root = html.document_fromstring(text)  # type: ignore[attr-defined]
    except Exception as exc:  # lxml's ParserError and friends: the page is not HTML
        raise InputError(f"{path}: not a readable web page ({exc})") from None
    titles = root.xpath("//title")
    page_title = tidy_line(titles[0].text_content()) if titles else ""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if element.tag in _DROP_TAGS or _is_chrome_element(element):
            element.drop_tree()
    body = root.find("body")
    lines = _block_lines(body if body is not None else root)
    meta = _page_meta(lines)
    headings = [tidy_line(h.text_content()) for h in (body if body is not None else root).xpath(".//h1")]
    title = next((h for h in headings if h), "") or _TITLE_SUFFIX.sub("", page_title)
    if title:
        meta.setdefault("title", title)
    kept = [line for line in lines if not is_chrome_line(line)]
    return Derived(join_lines(kept), f"html:{encoding}", meta)
