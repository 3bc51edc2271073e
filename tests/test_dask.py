"""Extraction on a Dask cluster: ``kg build --dask ADDRESS`` and ``kg.build.build_bag`` give
the same exports as a local build. The test starts its own local cluster (one worker process)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_build import exports_of, make_corpus

from kg.build import build, build_bag
from kg.cli import main

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("dask-corpus"), 40)


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("dask-local") / "out"
    build([corpus], out, jobs=1)
    return out


def test_cli_build_on_a_dask_cluster(cluster, corpus, local, tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--dask", cluster.scheduler_address])
    assert r.exit_code == 0, r.output
    assert "from 40 articles" in r.stdout
    assert exports_of(out) == exports_of(local)
    # the work ran on the cluster's worker, not here
    with distributed.Client(cluster.scheduler_address) as client:
        assert any("extract_batch" in str(k) for k in client.run_on_scheduler(
            lambda dask_scheduler: list(dask_scheduler.task_prefixes)))


def test_build_from_a_dask_bag(cluster, corpus, local, tmp_path):
    records = [json.loads(line) for line in (corpus / "part-0000.jsonl").read_text(encoding="utf-8").splitlines()]
    bag = dask_bag.from_sequence(records, npartitions=4)
    with distributed.Client(cluster.scheduler_address):
        res = build_bag(bag, tmp_path / "out")
    assert res.stats.articles == 40 and not res.errors
    assert exports_of(tmp_path / "out") == exports_of(local)


def test_bag_without_a_cluster_and_bad_items(tmp_path, corpus):
    records = [json.loads(line) for line in (corpus / "part-0000.jsonl").read_text(encoding="utf-8").splitlines()]
    bag = dask_bag.from_sequence([*records[:3], {"id": "x", "text": 5}], npartitions=2)
    res = build_bag(bag, tmp_path / "out")  # Dask's local scheduler
    assert res.stats.articles == 3
    assert len(res.errors) == 1 and "'text' string" in res.errors[0]


def test_unreachable_scheduler_is_a_clear_error(corpus, tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "o"), "--dask",
                                  f"tcp://127.0.0.1:{port}"])
    assert r.exit_code != 0
    assert "Traceback" not in r.output and "dask" in r.output.lower()
    assert not (tmp_path / "o" / "graph.nq").exists()
