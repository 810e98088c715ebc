"""The ``kg`` command: one subcommand per thing an analyst wants, each a thin skin over the library.

A command parses its options, calls one function of the library, and formats the result. Expected failures
(:class:`kg.errors.KgError`) print one line, ``Error: …``, and exit with status 1; usage mistakes exit 2
(click's convention). Nothing here extracts, validates or builds Cypher.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.errors import KgError
from kg.output import FORMATS, render
from kg.rdf.formats import READ_FORMATS, WRITE_FORMATS, format_of
from kg.store import BACKENDS, default_db_path, open_store


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def _say(message: str) -> None:
    click.echo(f"{message}…", err=True)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn KgError into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            _fail(str(exc))
        except BrokenPipeError:  # `kg query … | head`
            sys.stderr.close()
            sys.exit(0)
        except KeyboardInterrupt:
            # On the embedded store a build swaps its result in only at the end, so it changed nothing; on
            # Neo4j the batches already committed stay, and a re-run converges (README, Reliability).
            click.echo("\nError: interrupted", err=True)
            sys.exit(130)

    return wrapper


def store_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that reads or writes the graph takes."""
    options = [
        click.option(
            "--backend",
            type=click.Choice(sorted(BACKENDS)),
            default="embedded",
            show_default=True,
            envvar="KG_BACKEND",
            help="Graph store: the embedded FalkorDB, or a Neo4j server.",
        ),
        click.option(
            "--db",
            "db",
            type=click.Path(path_type=Path),
            default=None,
            help=f"Embedded database folder [env KG_DB; default {default_db_path()}].",
        ),
        click.option("--uri", envvar="NEO4J_URI", help="Neo4j URI, bolt:// or neo4j:// [env NEO4J_URI]."),
        click.option("--user", envvar="NEO4J_USER", help="Neo4j user [env NEO4J_USER; default neo4j]."),
        click.option("--password", envvar="NEO4J_PASSWORD", help="Neo4j password [env NEO4J_PASSWORD]."),
        click.option("--database", envvar="NEO4J_DATABASE", help="Neo4j database [env NEO4J_DATABASE; default neo4j]."),
        click.option(
            "--plans-dir",
            type=click.Path(path_type=Path, file_okay=False),
            envvar="KG_PLANS_DIR",
            help="Where the texts of the plans the graph was built from are kept [env KG_PLANS_DIR; default "
            "plans/ in the --db folder, or a per-user folder named after the Neo4j server].",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _open(
    backend: str,
    db: Path | None,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str | None,
    plans_dir: Path | None = None,
) -> Any:
    return open_store(backend, db=db, uri=uri, user=user, password=password, database=database, plans_dir=plans_dir)


def workers_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--workers",
        "-j",
        type=click.IntRange(0, 64),
        default=1,
        show_default=True,
        help="Processes extracting plans in parallel (0: one per CPU core).",
    )(func)


def _workers(value: int) -> int:
    import os

    return value or os.cpu_count() or 1


def _read_plans(paths: tuple[Path, ...]) -> Any:
    """Read the plan files (converting pages, PDFs and Word files), with a progress bar for a folder of many.

    The bar is drawn on stderr only when it is a terminal and there is more than one file; a file that fails
    is kept aside (see :func:`_report_failures`) while the others are read.
    """
    from loaders.corpus import find_documents, read_corpus

    files = find_documents(paths)
    show = sys.stderr.isatty() and len(files) > 1
    with click.progressbar(length=len(files), label="reading plans", file=sys.stderr, hidden=not show) as bar:
        corpus = read_corpus(files, progress=lambda _path: bar.update(1))
    if not corpus.documents:
        _report_failures(corpus)
    return corpus


def _report_failures(corpus: Any) -> None:
    """One line per plan file that could not be read, then exit 1 (nothing, when every file was read)."""
    if not corpus.failures:
        return
    for failure in corpus.failures:
        click.echo(f"Error: {failure}", err=True)
    sys.exit(1)


def _write_texts(documents: list[Any], folder: Path) -> None:
    """Each plan's derived text as ``<stem>.txt`` (``<name>.txt`` when two plans share a stem), UTF-8."""
    from kg.atomic import atomic_output

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"cannot write texts into {folder}: {exc.strerror}") from None
    stems = [doc.path.stem for doc in documents]
    for doc in documents:
        name = doc.path.stem if stems.count(doc.path.stem) == 1 else doc.path.name
        with atomic_output(folder / f"{name}.txt") as out:
            out.write(doc.text)


def format_option(default: str = "table", choices: tuple[str, ...] = FORMATS) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )


class OneLineErrors(click.Group):
    """A group whose usage errors are one line too, like kg's own errors, naming where to find help.

    click prints the usage, a "Try --help" line and a blank line before the error; a script reading stderr,
    or a person scanning a log, wants the one line that says what was wrong. Exit status stays 2.
    """

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            click.echo(f"Error: {exc.format_message()}{where}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of innovation entities from Chinese S&T plans.

    \b
    Quick start:
      kg build                        load the bundled facts of the sample plans
      kg build --corpus ../shared/corpus   extract plans and load them
      kg query --list                 the canned analyst questions
      kg query firms_on_chain -p industry=生物医药
      kg stats                        what the graph holds
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option("jsonl", ("jsonl", "table"))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of stdout.")
@click.option(
    "--text-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Also write each plan's text as kg read it (UTF-8, <file stem>.txt): evidence offsets point into it.",
)
@workers_option
@handle_errors
def extract(files: tuple[Path, ...], fmt: str, output: Path | None, text_dir: Path | None, workers: int) -> None:
    """Extract facts from plan files (.txt, .html, .pdf, .docx; .doc/.wps/.rtf with LibreOffice) and print them.

    Folders are read for every supported file. Entities and relations come out as JSON Lines in the fact
    model, or as a table. A MANIFEST.tsv beside the files, when present, overrides the plan metadata read
    from the text. A file that cannot be read is named on one line at the end, the others are extracted,
    and the exit status is 1.

    \b
    Examples:
      kg extract ../shared/corpus/*.txt -o facts.jsonl
      kg extract plans/ --workers 0 -o facts.jsonl      # one process per core
      kg extract page.html plan.pdf --text-dir texts/   # and keep the text each was read as
    """
    from kg.pipeline import extract_facts

    corpus = _read_plans(files)
    facts = extract_facts(corpus.documents, _workers(workers))
    if text_dir is not None:
        _write_texts(corpus.documents, text_dir)
    _print_facts(facts, fmt, output)
    _report_failures(corpus)


def _print_facts(facts: list[Any], fmt: str, output: Path | None) -> None:
    from kg.facts import Entity, dumps, write_jsonl

    if output is not None and fmt == "jsonl":
        count = write_jsonl(facts, output)
        click.echo(f"wrote {count} facts to {output}", err=True)
        return
    if fmt == "jsonl":
        text = "\n".join(dumps(f) for f in facts)
    else:
        rows = [
            [f.type, f.id, f.name, len(f.evidence)]
            if isinstance(f, Entity)
            else [f.type, f"{f.source} -> {f.target}", "", len(f.evidence)]
            for f in facts
        ]
        text = render(["type", "id / ends", "name", "evidence"], rows)
    if output is not None:
        output.write_text(text + "\n", encoding="utf-8")
        click.echo(f"wrote {len(facts)} facts to {output}", err=True)
    else:
        click.echo(text)


def source_options(corpus_help: str, facts_help: str) -> Callable[..., Any]:
    """--corpus / --facts: where a command's facts come from (plans to extract, a facts file, else the bundled)."""

    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        func = click.option(
            "--facts",
            "facts_file",
            type=click.Path(path_type=Path, exists=True, dir_okay=False),
            help=facts_help,
        )(func)
        return click.option(
            "--corpus", "corpus", multiple=True, type=click.Path(path_type=Path, exists=True), help=corpus_help
        )(func)

    return wrap


@main.command()
@source_options(
    "Plan files or folders to extract (repeatable). Without it, the bundled facts are loaded.",
    "Load this JSON Lines facts file instead of the bundled one.",
)
@click.option(
    "--corrections",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Corrections file to apply after extraction [default: the bundled data/corrections.tsv].",
)
@click.option("--clear", is_flag=True, help="Empty the graph first (asks unless --yes).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before --clear.")
@click.option(
    "--batch-size",
    type=click.IntRange(1, 1_000_000),
    default=None,
    help="Rows per UNWIND batch [default: the backend's best: 5000 embedded, 10000 Neo4j].",
)
@click.option(
    "--bulk/--no-bulk",
    default=None,
    help="A first load (empty graph or --clear) through the engine's import path (GRAPH.BULK; neo4j-admin "
    "import into a Neo4j started by scripts/neo4j-local), or not [default: by size].",
)
@workers_option
@store_options
@format_option("table", ("table", "json"))
@handle_errors
def build(
    corpus: tuple[Path, ...],
    facts_file: Path | None,
    corrections: Path | None,
    clear: bool,
    yes: bool,
    batch_size: int,
    bulk: bool | None,
    workers: int,
    fmt: str,
    **store: Any,
) -> None:
    """Build the graph: extract plans (or read facts), validate, load; prints the counts.

    Loading is idempotent: building twice gives the same graph. Corrections (data/corrections.tsv unless
    --corrections names another file) are applied after extraction and reported. Without --clear, plans
    (--corpus) are added to the ones the graph was built from, re-resolved with them, and a plan given again
    (same title or file name) replaces its previous facts: the graph equals a clean build of all of them.

    \b
    Examples:
      kg build
      kg build --corpus ../shared/corpus --clear --yes
      kg build --corpus new-plans/            # add (or replace) plans
      kg build --backend neo4j --uri bolt://127.0.0.1:7687
    """
    from kg.pipeline import build as run_build

    plans = _read_plans(corpus) if corpus else None
    with _open(**store) as graph:
        if clear and not yes:
            click.confirm(f"Delete everything in {graph.location}?", abort=True)
        show = sys.stderr.isatty()
        with click.progressbar(length=0, label="loading", file=sys.stderr, hidden=not show) as bar:
            report = run_build(
                graph,
                corpus=plans.documents if plans else None,
                facts_file=facts_file,
                clear=clear,
                batch_size=batch_size,
                progress=bar.update,
                corrections=corrections,
                on_wait=_say,
                workers=_workers(workers),
                bulk=bulk,
            )
        if report.corrections is not None:
            click.echo(report.corrections.summary(), err=True)
        if report.update is not None:
            click.echo(report.update.summary(), err=True)
        if report.load.note:
            click.echo(f"{report.load.note}; loaded through UNWIND batches", err=True)
        click.echo(
            f"loaded {report.facts} facts from {', '.join(report.sources)} into {graph.location} "
            f"({report.load.items} items in {report.load.seconds:.2f} s, {report.load.method})",
            err=True,
        )
        _print_counts(report.counts, fmt)
    if plans is not None:
        _report_failures(plans)


@main.command()
@click.argument("plans", nargs=-1, required=True)
@click.option(
    "--corrections",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Corrections file to apply to the remaining plans' facts [default: the bundled data/corrections.tsv].",
)
@workers_option
@store_options
@format_option("table", ("table", "json"))
@handle_errors
def remove(plans: tuple[str, ...], corrections: Path | None, workers: int, fmt: str, **store: Any) -> None:
    """Remove withdrawn plans (by plan id, file name or title) and every fact only they gave.

    The other kept plans are re-resolved without them, so the graph equals a clean build of the rest; an
    unknown plan is an error and changes nothing. kg plans lists the kept plans.

    \b
    Examples:
      kg remove 001_09576c1326612506.txt
      kg remove 天门市科技创新“十四五”规划 --backend neo4j
    """
    from kg.update import remove_plans

    with _open(**store) as graph:
        report = remove_plans(graph, list(plans), corrections, _workers(workers), on_wait=_say)
        click.echo(report.summary(), err=True)
        _print_counts(report.counts or graph.counts(), fmt)


@main.command("plans")
@click.argument("plan", required=False)
@store_options
@format_option("table", ("table", "json"))
@handle_errors
def plans_command(plan: str | None, fmt: str, **store: Any) -> None:
    """The plans the graph was built from, as kept beside it; with PLAN, that plan's text as kg read it.

    Evidence offsets (start, end) index this text, so text[start:end] is the span a fact cites.

    \b
    Examples:
      kg plans
      kg plans 001_09576c1326612506.txt > 001.txt
    """
    from kg.plan_texts import PlanTexts, describe

    with _open(**store) as graph:
        texts = PlanTexts(graph.plans_dir)
        if plan is not None:
            click.echo(texts.text(texts.find(plan)), nl=False)
            return
        rows = [describe(p) for p in texts.plans()]
        if fmt == "json":
            import json

            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        columns = ["id", "title", "file", "chars", "sha256"]
        click.echo(render(columns, [[row[c] for c in columns] for row in rows]))


@main.command()
@source_options(
    "Plan files or folders to extract and review (repeatable). Without it, the bundled facts.",
    "Review this JSON Lines facts file instead of the bundled one.",
)
@click.option(
    "--below", type=click.FloatRange(0, 1), default=0.8, show_default=True, help="List facts under this confidence."
)
@click.option("--type", "types", multiple=True, help="Only facts of this class or relationship type (repeatable).")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of stdout.")
@handle_errors
def review(
    corpus: tuple[Path, ...], facts_file: Path | None, below: float, types: tuple[str, ...], output: Path | None
) -> None:
    """List doubtful facts with their evidence, as a corrections file to edit and build with.

    Each fact's confidence is that of the rule that read it (loaders/data/rules.tsv). Every listed fact
    comes with a commented-out correction: uncomment the wrong ones, write the reason, then build.

    \b
    Examples:
      kg review --below 0.75 -o review.tsv
      kg review --corpus plans/ --type Enterprise --type LOCATED_IN
      kg build --corpus plans/ --corrections review.tsv
    """
    from kg.atomic import atomic_output
    from kg.ontology import load_ontology
    from kg.review import format_review
    from kg.review import review as run_review

    onto = load_ontology()
    for name in types:
        if name not in onto.classes and name not in onto.relations:
            raise click.UsageError(f"--type {name!r} is neither a class nor a relationship type of the ontology")
    items = run_review(corpus, facts_file, below, types)
    text = format_review(items, below)
    if output is None:
        click.echo(text, nl=False)
        return
    with atomic_output(output) as out:
        out.write(text)
    click.echo(f"wrote {len(items)} doubtful facts to {output}", err=True)


def _print_counts(counts: Any, fmt: str) -> None:
    if fmt == "json":
        import json

        click.echo(
            json.dumps(
                {
                    "nodes": counts.labels,
                    "relationships": counts.types,
                    "total_nodes": counts.nodes,
                    "total_relationships": counts.relationships,
                },
                ensure_ascii=False,
                indent=2,
                sort_keys=True,
            )
        )
        return
    rows = [["node", k, v] for k, v in sorted(counts.labels.items())]
    rows += [["relationship", k, v] for k, v in sorted(counts.types.items())]
    rows += [["total nodes", "", counts.nodes], ["total relationships", "", counts.relationships]]
    click.echo(render(["kind", "label / type", "count"], rows))


@main.command()
@store_options
@format_option("table", ("table", "json"))
@handle_errors
def stats(fmt: str, **store: Any) -> None:
    """Node counts per label and relationship counts per type.

    Example: kg stats --format json
    """
    with _open(**store) as graph:
        _print_counts(graph.counts(), fmt)


def param_option(help_text: str = "A parameter of --query (repeatable).") -> Callable[..., Any]:
    """``-p KEY=VALUE``, repeatable: canned-query parameters, for kg query and for --query elsewhere."""
    return click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help=help_text)


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not key=value", param_hint="-p")
        if key.strip() in params:  # the last one silently winning hides a typo in a script
            raise click.BadParameter(f"{key.strip()!r} given twice", param_hint="-p")
        params[key.strip()] = value
    return params


@main.command()
@click.argument("name", required=False)
@param_option("A query parameter (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the canned queries and their parameters.")
@click.option("--markdown", is_flag=True, help="With --list: the catalogue as Markdown (queries/README.md).")
@click.option("--write", is_flag=True, help="Allow a script that writes to the graph.")
@store_options
@format_option()
@handle_errors
def query(
    name: str | None, params: tuple[str, ...], list_: bool, markdown: bool, write: bool, fmt: str, **store: Any
) -> None:
    """Run a canned query by NAME, or your own FILE.cypher, read-only.

    \b
    Examples:
      kg query --list
      kg query firms_on_chain -p industry=生物医药
      kg query plan_summary --format csv
      kg query my_question.cypher -p city=天门市
    """
    from kg.queries import catalogue, catalogue_markdown, run_query

    if list_ and markdown:
        click.echo(catalogue_markdown(), nl=False)
        return
    if list_:
        rows = [[q.name, q.title, "; ".join(p.summary() for p in q.params), q.question] for q in catalogue().values()]
        click.echo(render(["name", "title", "parameters", "question"], rows, fmt))
        return
    if not name:
        raise click.UsageError("give a query NAME or FILE.cypher, or --list")
    values = _parse_params(params)
    with _open(**store) as graph:
        result = run_query(graph, name, values, write=write)
    for note in result.notes:
        click.echo(note, err=True)
    click.echo(render(result.columns, result.rows, fmt))


@main.command()
@click.argument("what", type=click.Choice(["leaders", "communities", "cooccurrence"]), default="leaders")
@click.option(
    "--top", type=click.IntRange(1, 1000), default=5, show_default=True, help="Members to show per chain or community."
)
@click.option(
    "--min-cities",
    type=click.IntRange(1, 1000),
    default=2,
    show_default=True,
    help="For cooccurrence: least number of cities prioritising both industries.",
)
@click.option("--write", is_flag=True, help="Store degree, betweenness and community on the nodes (for the view).")
@store_options
@format_option()
@handle_errors
def analyze(what: str, top: int, min_cities: int, write: bool, fmt: str, **store: Any) -> None:
    """Graph analytics with networkx: chain leaders, communities, industry co-occurrence.

    leaders: per industry or chain, the firms and platforms with the highest betweenness and degree
    centrality (chain-leader candidates); communities: Louvain communities of the organisation graph;
    cooccurrence: pairs of industries prioritised by the same cities.

    \b
    Examples:
      kg analyze leaders --top 3
      kg analyze communities --format json
      kg analyze cooccurrence --min-cities 3 --write
    """
    from kg.analytics import analyze as run_analysis

    with _open(**store) as graph_store:
        result = run_analysis(graph_store, what, top=top, min_cities=min_cities, write=write)
    if result.written is not None:
        click.echo(f"wrote degree, betweenness and community on {result.written} nodes", err=True)
    click.echo(render(result.columns, result.rows, fmt))


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--open", "open_", is_flag=True, help="Open the page in the default browser afterwards.")
@click.option(
    "--query", "query_name", metavar="NAME", help="Draw the entities a canned query (or FILE.cypher) returns."
)
@param_option()
@click.option("--focus", metavar="NAME", help="Draw the neighbourhood of the entity with this name, alias or id.")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Steps out from --focus.")
@click.option("--region", metavar="NAME", help="Only what is in this region (name or GB/T 2260 code) and below it.")
@click.option("--industry", metavar="NAME", help="Only what is on this industry or chain and the ones under it.")
@click.option(
    "--chain",
    metavar="NAME",
    help="The chain view: the chain's sub-chains and, per city, the firms, platforms, universities and targets on it.",
)
@click.option(
    "--type", "types", multiple=True, metavar="TYPE", help="Only nodes of this type (repeatable), e.g. Enterprise."
)
@click.option(
    "--limit",
    type=click.IntRange(0, 1_000_000),
    default=1000,
    show_default=True,
    help="Most nodes to draw at first; above it the most central are drawn and the rest grouped by type and city, "
    "to open on request (0: no limit).",
)
@click.option(
    "--size-by",
    type=click.Choice(["degree", "betweenness"]),
    default="degree",
    show_default=True,
    help="Centrality that sets node size (kg analyze --write stores both; else computed on what is drawn).",
)
@click.option("--title", default=None, help="Page title.")
@click.option(
    "--screenshot",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also save a PNG of the settled page (needs headless Chromium and the browser extra).",
)
@store_options
@handle_errors
def view(
    output: Path,
    open_: bool,
    query_name: str | None,
    params: tuple[str, ...],
    focus: str | None,
    depth: int,
    region: str | None,
    industry: str | None,
    chain: str | None,
    types: tuple[str, ...],
    limit: int,
    size_by: str,
    title: str | None,
    screenshot: Path | None,
    **store: Any,
) -> None:
    """Write the graph as one interactive HTML page that works offline.

    The page draws the innovation map first (regions, industries and chains, firms, platforms,
    universities); targets, indicators, projects, agencies and plans are in the page, one type switch away.
    Double-click a node (or use the panel's button) to draw its neighbours; a group node ("63 × 企业 ·
    天门市") stands for a hub's many neighbours and opens the same way. Nodes are coloured and shaped by
    type, sized by centrality; hovering shows the properties and the evidence with its plan and section.

    \b
    Examples:
      kg view -o graph.html --open
      kg view --query firms_on_chain -p industry=生物医药 -o biomedicine.html
      kg view --focus 天门市 --depth 1 --type Enterprise --type Region
      kg view --region 荆门市 --industry 新材料
      kg view --chain 生物医药 -o biomedicine.html
    """
    from kg.view import TITLE, Selection, draw

    if params and not query_name:
        raise click.UsageError("-p/--param goes with --query")
    selection = Selection(
        query=query_name,
        query_params=_parse_params(params),
        focus=focus,
        depth=depth,
        region=region,
        industry=industry,
        labels=tuple(dict.fromkeys(types)),
        chain=chain,
    )
    with _open(**store) as graph:
        page = draw(graph, output, selection, limit=limit, size_by=size_by, title=title or TITLE)
    click.echo(f"wrote {output}: {page.summary()}", err=True)
    if screenshot is not None:
        from kg.view.headless import screenshot as take_screenshot

        report = take_screenshot(output, screenshot)
        click.echo(f"wrote {screenshot} (layout settled in {report.stabilized_ms} ms)", err=True)
    if open_:
        click.launch(str(output.resolve()))


def base_option(func: Callable[..., Any]) -> Callable[..., Any]:
    from kg.rdf.terms import DEFAULT_BASE

    return click.option(
        "--base",
        default=DEFAULT_BASE,
        show_default=True,
        envvar="KG_BASE_IRI",
        help="Base of entity IRIs (<base>enterprise/<name>) [env KG_BASE_IRI].",
    )(func)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(WRITE_FORMATS),
    default=None,
    help="RDF format [default: from the -o extension, else ttl].",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="File to write [default: stdout]."
)
@click.option("--with-ontology", is_flag=True, help="Add the ontology and the industry and indicator schemes.")
@click.option("--query", "query_name", metavar="NAME", help="Export only the entities a canned query returns.")
@param_option()
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "rdflib"]),
    default="oxigraph",
    show_default=True,
    help="Serialiser: pyoxigraph streams; rdflib builds the graph in memory first (slower on big graphs).",
)
@base_option
@store_options
@handle_errors
def export(
    fmt: str | None,
    output: Path | None,
    with_ontology: bool,
    query_name: str | None,
    params: tuple[str, ...],
    engine: str,
    base: str,
    **store: Any,
) -> None:
    """Export the graph as RDF: the ontology's IRIs, PROV-O provenance, SKOS industries.

    Entities keep their IRI across runs (<base><type>/<name>); labels are tagged @zh/@en, aliases are
    skos:altLabel; evidence is prov:qualifiedDerivation with plan, section and span; relationships with
    evidence are also reified as rdf:Statement. N-Triples come out sorted, so two exports diff cleanly.

    \b
    Examples:
      kg export -o graph.ttl
      kg export --format nt -o graph.nt
      kg export --format jsonld --with-ontology -o graph.jsonld
      kg export --query firms_on_chain -p industry=生物医药 -o biomedicine.ttl
    """
    from kg.rdf import export as run_export

    if params and not query_name:
        raise click.UsageError("-p/--param goes with --query")
    chosen = format_of(output, fmt)
    if chosen not in WRITE_FORMATS:
        raise click.UsageError(f"cannot write {chosen!r}; use one of {', '.join(WRITE_FORMATS)}")
    with _open(**store) as graph:
        report = run_export(
            graph,
            output,
            chosen,
            base=base,
            with_ontology=with_ontology,
            engine=engine,
            query=query_name,
            params=_parse_params(params),
        )
    if output is not None:
        click.echo(f"wrote {report.triples} triples to {output} ({chosen})", err=True)


@main.command("import-rdf")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(READ_FORMATS), default=None,
              help="RDF format [default: from the extension].")  # fmt: skip
@click.option("--clear", is_flag=True, help="Empty the graph first (asks unless --yes).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before --clear.")
@base_option
@store_options
@handle_errors
def import_rdf(file: Path, fmt: str | None, clear: bool, yes: bool, base: str, **store: Any) -> None:
    """Load an RDF export (kg export) into the graph, validating every fact against the ontology first.

    Entities are the subjects typed with a kg class and labelled; their ids come back from their IRIs, so
    export then import gives the same graph. Nothing is written unless the whole file is valid.

    \b
    Examples:
      kg import-rdf graph.ttl --db /tmp/copy
      kg import-rdf graph.nt --backend neo4j --clear --yes
    """
    from kg.rdf import import_rdf as run_import

    with _open(**store) as graph:
        if clear and not yes:
            click.confirm(f"Delete everything in {graph.location}?", abort=True)
        chosen = format_of(file, fmt)
        if chosen not in READ_FORMATS:
            raise click.UsageError(f"cannot tell the RDF format of {file}; give --format")
        count, report = run_import(graph, file, chosen, base=base, clear=clear, on_wait=_say)
        click.echo(f"loaded {count} facts from {file} into {graph.location} ({report.items} items)", err=True)
        _print_counts(graph.counts(), "table")


@main.command("validate")
@click.argument("file", required=False, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(READ_FORMATS), default=None,
              help="RDF format of FILE [default: from the extension].")  # fmt: skip
@click.option("--max", "most", type=click.IntRange(1, 100_000), default=50, show_default=True,
              help="Violations to print.")  # fmt: skip
@base_option
@store_options
@handle_errors
def validate_rdf(file: Path | None, fmt: str | None, most: int, base: str, **store: Any) -> None:
    """Check an RDF export (or the current graph) against kg's SHACL shapes (ontology/shapes.ttl).

    Prints each violation as "focus  path: message (value)" and exits 1 if there is any.

    \b
    Examples:
      kg validate graph.ttl
      kg validate                      # the current graph, exported in memory
    """
    from kg.rdf import validate_rdf as run_validation

    if file is not None:
        chosen = format_of(file, fmt)
        if chosen not in READ_FORMATS:
            raise click.UsageError(f"cannot tell the RDF format of {file}; give --format")
        report = run_validation(file, chosen, base=base)
        where = str(file)
    else:
        with _open(**store) as graph:
            report = run_validation(graph, base=base)
            where = graph.location
    for violation in report.violations[:most]:
        click.echo(violation.line())
    if len(report.violations) > most:
        click.echo(f"... and {len(report.violations) - most} more")
    if not report.conforms:
        _fail(f"{where}: {len(report.violations)} SHACL violations in {report.triples} triples")
    click.echo(f"{where}: conforms ({report.triples} triples, 0 violations)", err=True)


@main.group()
def server() -> None:
    """Manage the embedded FalkorDB server of a database folder."""


@server.command("status")
@click.option("--db", type=click.Path(path_type=Path), default=None, help="Database folder.")
def server_status(db: Path | None) -> None:
    """Say whether a server is running for the folder (exit 0 if so, 3 if not)."""
    from kg.store.falkordb import EmbeddedServer

    srv = EmbeddedServer(db or default_db_path())
    if srv.running():
        click.echo(f"running: {srv.directory} (socket {srv.socket})")
    else:
        click.echo(f"stopped: {srv.directory}")
        sys.exit(3)


@server.command("stop")
@click.option("--db", type=click.Path(path_type=Path), default=None, help="Database folder.")
@handle_errors
def server_stop(db: Path | None) -> None:
    """Save and stop the server of the folder (the data stays on disk)."""
    from kg.store.falkordb import EmbeddedServer

    srv = EmbeddedServer(db or default_db_path())
    click.echo(f"stopped: {srv.directory}" if srv.stop() else f"not running: {srv.directory}")


if __name__ == "__main__":
    main()
