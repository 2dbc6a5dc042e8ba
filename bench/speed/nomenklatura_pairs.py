"""Score name pairs with nomenklatura's matchers, for bench:speed's side-by-side run.

Reads a JSON file: {"algorithms": ["logic-v2", ...], "pairs": [{"query": str, "candidate": str,
"schema": str}, ...]} where schema is a FollowTheMoney schema name. Writes one JSON object to stdout:
{"nomenklatura": version, "followthemoney": version, "results": {algorithm: {"seconds": float,
"scores": [float, ...]}}}. The timed loop covers building both entities and comparing them; one
untimed comparison per schema first loads the matchers' reference data.
"""

import json
import sys
import time
from importlib.metadata import version

from followthemoney import model
from nomenklatura.matching import get_algorithm


def make(entity_id, schema, name):
    entity = model.make_entity(schema)
    entity.id = entity_id
    entity.add("name", name)
    return entity


def score_all(algorithm, pairs):
    config = algorithm.default_config()
    # Untimed: the first comparison of each schema loads reference data (name tables, legal forms).
    seen = set()
    for pair in pairs:
        if pair["schema"] not in seen:
            seen.add(pair["schema"])
            algorithm.compare(make("w1", pair["schema"], pair["query"]), make("w2", pair["schema"], pair["candidate"]), config)
    scores = []
    started = time.perf_counter()
    for i, pair in enumerate(pairs):
        query = make(f"q{i}", pair["schema"], pair["query"])
        result = make(f"r{i}", pair["schema"], pair["candidate"])
        scores.append(algorithm.compare(query, result, config).score)
    return time.perf_counter() - started, scores


def main(path):
    with open(path, encoding="utf-8") as fh:
        job = json.load(fh)
    results = {}
    for name in job["algorithms"]:
        algorithm = get_algorithm(name)
        if algorithm is None:
            results[name] = {"error": f"no algorithm named {name!r} in this nomenklatura"}
            continue
        seconds, scores = score_all(algorithm, job["pairs"])
        results[name] = {"seconds": seconds, "scores": scores}
    out = {
        "nomenklatura": version("nomenklatura"),
        "followthemoney": version("followthemoney"),
        "results": results,
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
