#!/usr/bin/env python3
"""Runs every query of a Grafana dashboard against a Prometheus, as Grafana would, without Grafana.

    check-dashboard.py DASHBOARD.json PROMETHEUS_URL [--may-be-empty PANEL_TITLE]...

For each panel (rows' panels included) and each of its queries: the dashboard's variables are
filled in as "All" ($kiosk becomes .*), Grafana's own ($__rate_interval, $__interval, $__range...)
with sensible values; an instant query for stat and table targets (instant: true), a range query
over the last two minutes otherwise. A query fails when Prometheus refuses it or when it returns no
series, unless its panel is named with --may-be-empty (data only when something happens: a printer
reason, say). The template variables' queries (label_values) must find values too. Also checks the
dashboard imports cleanly: an input for the data source that every panel and query uses, unique
panel ids. Prints one line per check, "ok<TAB>NAME" or "FAIL<TAB>NAME<TAB>WHY"; exits 1 when any failed.
Standard library only.
"""
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

GRAFANA_VARIABLES = {
    "__rate_interval": "1m",
    "__interval": "15s",
    "__interval_ms": "15000",
    "__range": "5m",
    "__range_s": "300",
    "__range_ms": "300000",
}


def panels_of(dashboard):
    for panel in dashboard.get("panels", []):
        yield panel
        for inner in panel.get("panels", []):
            yield inner


def fill(expr, variables):
    def value(match):
        name = match.group(1) or match.group(2)
        if name in variables:
            return variables[name]
        raise KeyError(name)
    return re.sub(r"\$\{(\w+)(?::\w+)?\}|\$(\w+)", value, expr)


def ask(base, path, params):
    url = base.rstrip("/") + path + "?" + urllib.parse.urlencode(params, doseq=True)
    try:
        with urllib.request.urlopen(url, timeout=20) as answer:
            body = json.load(answer)
    except urllib.error.HTTPError as error:
        body = json.load(error)
    if body.get("status") != "success":
        raise RuntimeError(f"{body.get('errorType', 'error')}: {body.get('error', body)}")
    return body["data"]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    dashboard_file, base = argv[1], argv[2]
    may_be_empty = set()
    rest = argv[3:]
    while rest:
        if rest[0] == "--may-be-empty" and len(rest) > 1:
            may_be_empty.add(rest[1])
            rest = rest[2:]
        else:
            print(f"unknown argument {rest[0]}", file=sys.stderr)
            return 2
    dashboard = json.load(open(dashboard_file, encoding="utf-8"))
    results = []

    def result(name, why=None):
        results.append(why is None)
        print(f"ok\t{name}" if why is None else f"FAIL\t{name}\t{why}", flush=True)

    # ---- import: one data source input, used everywhere; unique ids -------------------------------
    inputs = [i["name"] for i in dashboard.get("__inputs", []) if i.get("pluginId") == "prometheus"]
    result("dashboard: one Prometheus data source input for import",
           None if len(inputs) == 1 else f"Prometheus inputs: {inputs}")
    source = "${%s}" % inputs[0] if inputs else None
    ids = [p.get("id") for p in panels_of(dashboard)]
    result("dashboard: panel ids are unique", None if len(ids) == len(set(ids)) else f"ids {ids}")
    titles = [p.get("title") for p in panels_of(dashboard)]
    for title in sorted(may_be_empty - set(titles)):
        result(f"dashboard: a panel titled {title!r} (named by --may-be-empty)", "no such panel")

    # ---- the template variables -------------------------------------------------------------------
    variables = dict(GRAFANA_VARIABLES)
    for variable in dashboard.get("templating", {}).get("list", []):
        name = variable["name"]
        variables[name] = variable.get("allValue") or ".*"
        if variable.get("type") != "query":
            continue
        query = variable.get("query")
        query = query.get("query") if isinstance(query, dict) else query
        match = re.fullmatch(r"\s*label_values\((?:(.+),\s*)?(\w+)\)\s*", query or "")
        if not match:
            result(f"variable ${name}", f"not a label_values() query: {query!r}")
            continue
        params = {"match[]": [match.group(1)]} if match.group(1) else {}
        try:
            values = ask(base, f"/api/v1/label/{match.group(2)}/values", params)
            result(f"variable ${name}: {query} finds {len(values)} values ({', '.join(values[:5])})",
                   None if values else "no values")
        except (RuntimeError, OSError) as error:
            result(f"variable ${name}: {query}", str(error))

    # ---- every panel's queries ----------------------------------------------------------------------
    now = time.time()
    for panel in panels_of(dashboard):
        targets = panel.get("targets", [])
        if not targets:
            continue
        title = panel.get("title", "?")
        if source and panel.get("datasource", {}).get("uid") != source:
            result(f"panel {title!r}: data source", f"{panel.get('datasource')} is not {source}")
        for target in targets:
            name = f"panel {title!r} ({panel.get('type')}) query {target.get('refId', '?')}"
            if source and target.get("datasource", {}).get("uid") != source:
                result(f"{name}: data source", f"{target.get('datasource')} is not {source}")
            try:
                expr = fill(target.get("expr", ""), variables)
            except KeyError as unknown:
                result(name, f"unknown variable ${unknown.args[0]}")
                continue
            instant = target.get("instant") or target.get("format") == "table" or panel.get("type") in ("stat", "table")
            try:
                if instant:
                    data = ask(base, "/api/v1/query", {"query": expr, "time": f"{now:.3f}"})
                else:
                    data = ask(base, "/api/v1/query_range",
                               {"query": expr, "start": f"{now - 120:.3f}", "end": f"{now:.3f}", "step": "5"})
            except (RuntimeError, OSError) as error:
                result(f"{name}: {expr}", str(error))
                continue
            series = data.get("result", [])
            count = len(series) if isinstance(series, list) else 1
            if count == 0 and title in may_be_empty:
                result(f"{name}: answers (no series: allowed for this panel)")
            else:
                result(f"{name}: {count} series", None if count else f"no data for {expr}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
