"""Continued pretraining's building blocks on tiny bases built here (tests/base_fixtures.py): the registered base
and its license gate, the extended tokenizer, the initial rows of new tokens, the plan in tokens, replay, the
re-warmed schedule, and the report naming the base."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
import yaml
from pydantic import ValidationError
from transformers import AutoModelForCausalLM, AutoTokenizer

from core.config import MixParams, PretrainParams, section_hash
from core.errors import ConfigError, PolicyError, TokenizerError
from core.registry import load_registry
from corpus.base_tokenizer import DETAILS, FERTILITY, PLOT, run_base_tokenizer
from corpus.bpe_extension import extend_vocabulary, new_token_pieces
from corpus.mixture import SourceShare, allocate
from corpus.tokenize import run_tokenize
from governance.openlineage import build_events, to_lines, validate_event
from governance.report.summary import data_card, model_card, training_content_summary
from model.base import init_new_rows, load_base_model, model_facts, resolve_base
from model.continued_plan import plan_continued, run_continued_plan
from model.plan import run_plan
from model.schedule import lr_factor, rewarmed
from tests.base_fixtures import (
    EOS,
    REPO,
    continued_params,
    make_base,
    make_base_tokenizer,
    words,
    write_mix,
    write_registry,
)
from tests.conftest import ENGLISH, FINANCE

FAMILIES = ("llama", "qwen2", "gpt_neox")


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("bases")
    return {family: make_base(root / family, family) for family in FAMILIES}


@pytest.fixture(scope="module")
def mix_dir(tmp_path_factory):
    return write_mix(tmp_path_factory.mktemp("continued") / "mix")


@pytest.fixture(scope="module")
def llama_tokenizer(bases, mix_dir, tmp_path_factory):
    """The tokenizer stage's output for the Llama base, extended."""
    out = tmp_path_factory.mktemp("tokenizer")
    params = continued_params()
    run_base_tokenizer(params.tokenizer, mix_dir, out, bases["llama"], "tiny-base", params.seed)
    return out


# --- Registry and license gate ------------------------------------------------------------------------------


def test_models_are_registered_beside_sources_with_unique_ids(tmp_path, bases):
    registry = load_registry(write_registry(tmp_path / "sources.yaml", bases["llama"]))
    entry = registry.model("tiny-base")
    assert (entry.license, entry.owner, entry.pretrain_lr) == ("Apache-2.0", "Test Lab", 0.01)
    assert registry.model_location(entry) == bases["llama"]
    raw = yaml.safe_load((tmp_path / "sources.yaml").read_text())
    raw["models"].append(dict(raw["models"][0]))
    (tmp_path / "twice.yaml").write_text(yaml.safe_dump(raw))
    with pytest.raises(ConfigError, match="model id 'tiny-base' is registered twice"):
        load_registry(tmp_path / "twice.yaml")


def test_a_relative_path_is_read_from_the_registry_folder_and_an_org_name_path_is_a_hub_id(tmp_path):
    (tmp_path / "models" / "local").mkdir(parents=True)
    raw = {
        "sources": [],
        "models": [
            {"id": "local", "path": "models/local", "license": "MIT", "owner": "o"},
            {"id": "hub", "path": "EleutherAI/pythia-70m", "license": "Apache-2.0", "owner": "o"},
        ],
    }
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump(raw))
    registry = load_registry(tmp_path / "sources.yaml")
    assert registry.model_location(registry.model("local")) == tmp_path / "models" / "local"
    assert registry.model_location(registry.model("hub")) == "EleutherAI/pythia-70m"


def test_an_unregistered_base_stops_the_build_naming_it(tmp_path, bases):
    registry = write_registry(tmp_path / "sources.yaml", bases["llama"])
    params = continued_params(pretrain={"base_model": "llama-9"})
    with pytest.raises(
        PolicyError, match=r"pretrain.base_model 'llama-9' is not registered.*models: tiny-base"
    ):
        resolve_base(params, registry)


def _gate_inputs(tmp_path: Path, registry: Path, **sections) -> list[str]:
    """`charter gate`'s arguments over one ingested document of the registry's source, with params that
    continue tiny-base (`sections` override them)."""
    from datatrove.data import Document

    from core import store

    meta = {"source": "fin", "domain": "finance", "license": "MIT", "sha256": "0" * 64}
    store.write_documents([Document(FINANCE, "fin/1", metadata=meta)], tmp_path / "ingest" / "docs")
    params = continued_params(gate={"erasure_file": str(REPO / "governance" / "erasure.yaml")}, **sections)
    params_file = tmp_path / "params.yaml"
    params_file.write_text(yaml.safe_dump(json.loads(params.model_dump_json(by_alias=True))))
    return [
        "gate",
        "--params",
        str(params_file),
        "--sources",
        str(registry),
        "--in",
        str(tmp_path / "ingest"),
    ]


def test_a_blocked_base_license_stops_the_build_at_the_gate_with_the_reason(tmp_path, bases, capsys):
    from charter.cli import main

    registry = write_registry(tmp_path / "sources.yaml", bases["llama"], license="CC-BY-NC-4.0")
    expected = (
        "'tiny-base' (license CC-BY-NC-4.0, owner Test Lab) is blocked by policy 'commercial' for "
        "'commercial-training': CC-BY-NC-4.0: commercial_use=False"
    )
    with pytest.raises(PolicyError) as e:
        resolve_base(continued_params(), registry)
    assert expected in str(e.value)
    # The gate stage, the first to decide on it: the build stops there, and nothing is gated.
    assert main([*_gate_inputs(tmp_path, registry), "--out", str(tmp_path / "gate")]) == 2
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "gate" / "decisions.json").exists()


def test_the_gate_records_the_bases_decision_and_the_tokenizer_reads_only_an_approved_base(tmp_path, bases):
    from charter.cli import main
    from corpus.base_tokenizer import approved_base_folder

    registry = write_registry(tmp_path / "sources.yaml", bases["llama"])
    assert main([*_gate_inputs(tmp_path, registry), "--out", str(tmp_path / "gate")]) == 0
    decisions = tmp_path / "gate" / "decisions.json"
    decided = json.loads(decisions.read_text())["base_model"]
    assert decided["id"] == "tiny-base" and decided["reason"] == "Apache-2.0 permits 'commercial-training'"
    assert approved_base_folder("tiny-base", registry, decisions) == bases["llama"]
    # Gated from scratch, the decisions say nothing of a base: the tokenizer stage will not read one.
    scratch = {
        "pretrain": {"base_model": ""},
        "tokenizer": {"extend_base": False},
        "mix": {"replay_share": None},
    }
    assert main([*_gate_inputs(tmp_path / "s", registry, **scratch), "--out", str(tmp_path / "g2")]) == 0
    assert "base_model" not in json.loads((tmp_path / "g2" / "decisions.json").read_text())
    with pytest.raises(
        ConfigError, match="holds no decision on pretrain.base_model 'tiny-base'.*run the gate"
    ):
        approved_base_folder("tiny-base", registry, tmp_path / "g2" / "decisions.json")


def test_an_owner_restriction_blocks_a_base_whose_license_would_allow_it(tmp_path, bases):
    path = write_registry(tmp_path / "sources.yaml", bases["llama"])
    raw = yaml.safe_load(path.read_text())
    raw["models"][0]["allowed_uses"] = ["evaluation"]
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(PolicyError, match="owner allows only \\['evaluation'\\], not 'commercial-training'"):
        resolve_base(continued_params(), path)


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("auto_map", "custom code .*never runs trust_remote_code"),
        ("pickle", "no safetensors weights \\(only pytorch_model.bin: pickled weights are never loaded\\)"),
        ("family", "model_type 'bert' is not a supported family"),
    ],
)
def test_a_base_that_would_run_code_or_unpickle_or_is_no_supported_causal_lm_is_refused(
    tmp_path, bases, damage, expected
):
    folder = tmp_path / "base"
    shutil.copytree(bases["llama"], folder)
    config = json.loads((folder / "config.json").read_text())
    if damage == "auto_map":
        config["auto_map"] = {"AutoModelForCausalLM": "modeling_evil.EvilForCausalLM"}
    elif damage == "family":
        config["model_type"] = "bert"
    else:
        (folder / "model.safetensors").rename(folder / "pytorch_model.bin")
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(ConfigError, match=expected):
        resolve_base(continued_params(), write_registry(tmp_path / "sources.yaml", folder))


# --- Params ----------------------------------------------------------------------------------------------------


def test_extend_base_and_replay_share_need_a_base_model():
    with pytest.raises(ValidationError, match="tokenizer.extend_base extends a base model's tokenizer"):
        continued_params(pretrain={"base_model": ""}, mix={"replay_share": None})
    with pytest.raises(ValidationError, match="mix.replay_share \\(0.25\\) is the general text replayed"):
        continued_params(pretrain={"base_model": ""}, tokenizer={"extend_base": False})


def test_an_unset_replay_share_leaves_the_mix_ledgers_params_hash_as_before():
    before = {k: v for k, v in MixParams().model_dump(mode="json").items() if k != "replay_share"}
    assert section_hash(MixParams()) == section_hash(before)
    assert section_hash(MixParams(replay_share=0.05)) != section_hash(before)


# --- Tokenizer extension ---------------------------------------------------------------------------------------


def test_extension_keeps_every_base_token_id_and_string_and_numbers_new_ones_after_the_base(tmp_path):
    base = make_base_tokenizer(tmp_path).backend_tokenizer
    # The base's EOS is an added token after its BPE vocabulary: the new tokens go after it.
    assert base.token_to_id(EOS) == base.get_vocab_size() - 1 == 400
    extended = extend_vocabulary(base, [words(FINANCE, i) for i in range(30)], 25, min_frequency=2)
    base_vocab, ext_vocab = base.get_vocab(), extended.get_vocab()
    assert all(ext_vocab[t] == i for t, i in base_vocab.items())
    assert sorted(i for t, i in ext_vocab.items() if t not in base_vocab) == list(range(401, 426))
    text = words(FINANCE, 99)
    assert extended.decode(extended.encode(text).ids) == base.decode(base.encode(text).ids) == text
    assert len(extended.encode(text).ids) < len(base.encode(text).ids)


def test_each_new_token_replaces_the_pieces_the_base_splits_its_string_into(tmp_path):
    base = make_base_tokenizer(tmp_path).backend_tokenizer
    extended = extend_vocabulary(base, [words(FINANCE, i) for i in range(30)], 25, min_frequency=2)
    pieces = new_token_pieces(base, extended)
    assert len(pieces) == 25
    for token_id, ids in pieces.items():
        assert len(ids) >= 2
        assert "".join(base.id_to_token(i) for i in ids) == extended.id_to_token(token_id)
    other = make_base_tokenizer(tmp_path / "other", vocab_size=350).backend_tokenizer
    with pytest.raises(TokenizerError, match="base tokens lost their id or string"):
        new_token_pieces(base, other)


def test_the_written_tokenizer_reloads_with_base_ids_and_the_report_compares_it_with_the_base(
    bases, mix_dir, llama_tokenizer
):
    base = AutoTokenizer.from_pretrained(bases["llama"])
    written = AutoTokenizer.from_pretrained(llama_tokenizer / "tokenizer")
    assert all(written.convert_tokens_to_ids(t) == i for t, i in base.get_vocab().items())
    assert written.eos_token == base.eos_token and written.eos_token_id == base.eos_token_id
    summary = json.loads((llama_tokenizer / FERTILITY).read_text())
    assert summary["mode"] == "continued" and summary["new_tokens"] == 40 == len(written) - len(base)
    assert set(summary["saving_vs_base"]) == {"general", "finance", "legal"}
    # Learned on domain text: domain text needs fewer tokens, general text about as many.
    assert summary["saving_vs_base"]["finance"] > 0.05 and summary["saving_vs_base"]["legal"] > 0.05
    assert summary["domain_saving_mean"] > abs(summary["general_penalty"])
    details = json.loads((llama_tokenizer / DETAILS).read_text())
    first = details["first_new_tokens"][0]
    assert "".join(first["pieces"]) == first["text"]
    assert details["extension_text_bytes"].keys() == {"finance", "legal"}
    assert (llama_tokenizer / PLOT).exists()


def test_extend_base_false_writes_the_base_tokenizer_as_it_is(bases, mix_dir, tmp_path):
    params = continued_params(tokenizer={"extend_base": False})
    summary = run_base_tokenizer(params.tokenizer, mix_dir, tmp_path, bases["qwen2"], "tiny-base")
    base = AutoTokenizer.from_pretrained(bases["qwen2"])
    written = AutoTokenizer.from_pretrained(tmp_path / "tokenizer")
    assert written.get_vocab() == base.get_vocab()
    text = words(FINANCE, 7)
    assert written(text).input_ids == base(text).input_ids
    assert summary["new_tokens"] == 0 and set(summary["saving_vs_base"].values()) == {0.0}


# --- New embedding rows ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("family", FAMILIES)
def test_new_rows_start_as_the_mean_of_their_pieces_rows_in_tied_and_untied_heads(
    family, bases, mix_dir, tmp_path
):
    params = continued_params()
    run_base_tokenizer(params.tokenizer, mix_dir, tmp_path, bases[family], "tiny-base")
    base = resolve_base(params, write_registry(tmp_path / "sources.yaml", bases[family]))
    original = AutoModelForCausalLM.from_pretrained(bases[family])
    model = load_base_model(base, tmp_path / "tokenizer", "eager")
    tied = family == "qwen2"
    assert (model.get_output_embeddings().weight is model.get_input_embeddings().weight) == tied
    pieces = new_token_pieces(
        AutoTokenizer.from_pretrained(bases[family]).backend_tokenizer,
        AutoTokenizer.from_pretrained(tmp_path / "tokenizer").backend_tokenizer,
    )
    assert len(pieces) == 40
    pairs = [(original.get_input_embeddings().weight, model.get_input_embeddings().weight)]
    if not tied:
        pairs.append((original.get_output_embeddings().weight, model.get_output_embeddings().weight))
    for before, after in pairs:
        n_base = min(pieces)
        assert torch.equal(after[:n_base], before[:n_base])  # every base row as it was
        for token, ids in pieces.items():
            assert torch.allclose(after[token], before[ids].mean(dim=0))
    if not tied:  # the head's rows are the head's own means, not the input embedding's
        token, ids = next(iter(pieces.items()))
        assert not torch.allclose(model.get_output_embeddings().weight[token], pairs[0][0][ids].mean(dim=0))
    rows = model.get_input_embeddings().weight.shape[0]
    # Qwen2 pads its vocabulary: the new ids land in rows it already had, no resize.
    assert rows == (448 if family == "qwen2" else 441)


def test_init_new_rows_grows_the_matrix_only_as_far_as_needed():
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    model = LlamaForCausalLM(
        LlamaConfig(
            vocab_size=10, hidden_size=8, intermediate_size=16, num_hidden_layers=1, num_attention_heads=2
        )
    )
    before = model.get_input_embeddings().weight.detach().clone()
    init_new_rows(model, {10: [1, 2], 11: [3, 4, 5]}, 12)
    after = model.get_input_embeddings().weight
    assert after.shape == (12, 8) and model.get_output_embeddings().weight.shape == (12, 8)
    assert torch.allclose(after[11], before[[3, 4, 5]].mean(dim=0))


# --- Plan in tokens, replay, schedule --------------------------------------------------------------------------


def _sources():
    return {"gen": ("general", 40_000), "fin": ("finance", 10_000), "leg": ("legal", 5_000)}


def test_plan_with_a_base_sizes_tokens_for_its_parameters_and_gives_each_domains_epochs():
    mix = MixParams(replay_share=0.2, max_epochs=4)
    plan = plan_continued(6e9, {"id": "b"}, {"vocab_size": 10}, 100_000, 32, _sources(), mix)
    assert plan.n_params == 100_000 and plan.n_tokens == 10_000  # C / (6 N)
    stream = plan.train.steps * plan.train.tokens_per_step // 32 * 33
    # Domain side 0.8 in proportion to unique tokens (10k, 5k), general 0.2.
    assert plan.epochs_by_domain == pytest.approx(
        {"finance": stream * 0.8 / 15_000, "legal": stream * 0.8 / 15_000, "general": stream * 0.2 / 40_000}
    )
    assert plan.fit == "continued" and plan.predicted_loss is None
    assert plan.to_json()["base_model"]["training_domain_share"] == 0.8


def test_plan_refuses_a_budget_that_repeats_domain_data_beyond_the_cap_and_names_one_that_fits():
    mix = MixParams(replay_share=0.2, max_epochs=4)
    with pytest.raises(
        ConfigError, match=r"repeats 'fin' \(finance\) [\d.]+ times .*at most ([\d.e+]+) FLOPs"
    ) as e:
        plan_continued(4e11, {"id": "b"}, {"vocab_size": 10}, 100_000, 32, _sources(), mix)
    fits = float(str(e.value).split("at most ")[1].split(" FLOPs")[0])
    plan = plan_continued(fits * 0.99, {"id": "b"}, {"vocab_size": 10}, 100_000, 32, _sources(), mix)
    assert max(plan.epochs_by_domain.values()) <= 4


def test_the_plan_stage_counts_the_base_with_its_new_rows_and_the_mixture_realises_its_epochs(
    bases, mix_dir, llama_tokenizer, tmp_path
):
    from corpus.mixture import run_mixture

    params = continued_params()
    registry = write_registry(tmp_path / "sources.yaml", bases["llama"])
    run_tokenize(params.tokenize, mix_dir, llama_tokenizer / "tokenizer", tmp_path / "tokenize")
    plan = run_plan(
        params, tmp_path / "tokenize" / "meta.json", llama_tokenizer / "tokenizer", tmp_path, registry
    )
    model = load_base_model(resolve_base(params, registry), llama_tokenizer / "tokenizer", "eager")
    assert plan["n_params"] == sum(p.numel() for p in model.parameters())
    assert plan["model_config"]["vocab_size"] == 441 and plan["model_config"]["tie_word_embeddings"] is False
    assert plan["n_tokens"] == round(2e9 / (6 * plan["n_params"]))
    assert plan["base_model"]["id"] == "tiny-base" and len(plan["base_model"]["sha256"]) == 64
    report = run_mixture(
        params.mix, params.seed, tmp_path / "plan.json", tmp_path / "tokenize", tmp_path / "mixture"
    )
    assert report["domain_share_target"] == 0.75 and report["replay_share"] == 0.25
    by_domain: dict[str, list[float]] = {}
    for source in report["sources"].values():
        by_domain.setdefault(source["domain"], []).append(source["epochs"])
    for domain, epochs in by_domain.items():
        assert epochs == pytest.approx([plan["epochs_by_domain"][domain]] * len(epochs), abs=1e-3)
    with pytest.raises(PolicyError, match="not registered"):
        run_continued_plan(
            continued_params(pretrain={"base_model": "other"}),
            tmp_path / "tokenize" / "meta.json",
            llama_tokenizer / "tokenizer",
            tmp_path,
            registry,
        )


def test_model_facts_count_tied_embeddings_once(bases):
    config = json.loads((bases["qwen2"] / "config.json").read_text())
    n, tied = model_facts(config)
    assert tied and n == sum(
        p.numel() for p in AutoModelForCausalLM.from_pretrained(bases["qwen2"]).parameters()
    )


def test_replay_share_is_the_general_share_of_the_mixture():
    shares = [SourceShare("gen", "general", 10_000, 1.0), SourceShare("fin", "finance", 10_000, 1.0)]
    allocate(shares, 1000, MixParams(domain_share=0.5, replay_share=0.1, max_epochs=4))
    assert [s.tokens for s in shares] == [100, 900]


def test_the_rewarmed_peak_is_below_the_bases_and_the_schedule_warms_from_zero_and_decays():
    cfg = rewarmed(PretrainParams(rewarm_peak_ratio=0.5, rewarm_fraction=0.1), "b", 3e-4, 200)
    assert cfg.lr == pytest.approx(1.5e-4) and cfg.warmup_steps == 20
    factors = [lr_factor(step, 200, cfg) for step in range(200)]
    assert factors[0] == pytest.approx(1 / 20) and factors[19] == 1.0 == max(factors)
    assert factors[-1] == pytest.approx(cfg.min_lr_ratio)
    assert rewarmed(PretrainParams(rewarm_peak_lr=1e-4), "b", 3e-4, 200).lr == 1e-4
    with pytest.raises(ConfigError, match="base_model 'b'.*Add `pretrain_lr` to the entry"):
        rewarmed(PretrainParams(), "b", None, 200)


# --- The report names the base ---------------------------------------------------------------------------------


def _report_with_base() -> dict:
    base = {
        "id": "tiny-base",
        "path": "/models/tiny",
        "folder": "/models/tiny",
        "model_type": "llama",
        "license": "Apache-2.0",
        "owner": "Test Lab",
        "attribution": None,
        "sha256": "ab" * 32,
        "policy": "commercial",
        "use": "commercial-training",
        "reason": "Apache-2.0 permits 'commercial-training'",
        "obligations": ["attribution"],
    }
    return {
        "code_version": "abc",
        "sources": [],
        "stages": [],
        "pii": {"by_domain": {}},
        "tokens": {"n_tokens": 100},
        "plan": {"n_params": 48_864, "n_tokens": 6_822, "compute_flops": 2e9, "model_config": {}},
        "training": {"steps": 3},
        "base_model": base,
    }


def test_summary_cards_and_lineage_events_name_the_base(tmp_path):
    report = _report_with_base()
    summary = training_content_summary(report)
    assert summary["1_general_information"]["base_model"]["id"] == "tiny-base"
    assert (
        training_content_summary(report | {"base_model": None})["1_general_information"]["base_model"] is None
    )
    card = model_card(report, summary)
    assert (
        "Continued pretraining of the base model `tiny-base` (llama, license Apache-2.0, owner Test Lab"
        in card
    )
    assert "## Base model" in data_card(report, summary)
    lock = {
        "stages": {
            "tokenizer": {
                "cmd": "charter tokenizer",
                "params": {"params.yaml": {"pretrain.base_model": "tiny-base"}},
            },
            "pretrain": {
                "cmd": "charter pretrain",
                "params": {"params.yaml": {"pretrain": {"base_model": "tiny-base"}}},
            },
            "mixture": {"cmd": "charter mixture", "params": {"params.yaml": {"mix": {"domain_share": 0.5}}}},
        }
    }
    (tmp_path / "dvc.lock").write_text(yaml.safe_dump(lock))
    events = [json.loads(line) for line in to_lines(build_events(tmp_path, tmp_path, report)).splitlines()]
    assert all(validate_event(e) == [] for e in events)
    named = {e["job"]["name"] for e in events for i in e["inputs"] if i["name"] == "/models/tiny"}
    assert named == {"tokenizer", "pretrain"}
    base_input = next(i for e in events for i in e["inputs"] if i["name"] == "/models/tiny")
    assert base_input["facets"]["version"]["datasetVersion"] == "ab" * 32
    assert "license Apache-2.0" in base_input["facets"]["documentation"]["description"]
    assert base_input["facets"]["ownership"]["owners"][0]["name"] == "Test Lab"


def test_the_fingerprint_hashes_every_file_of_a_registered_model_folder(tmp_path, bases):
    from core.config import IngestParams
    from corpus.fingerprint import run_fingerprint

    folder = tmp_path / "base"
    shutil.copytree(bases["llama"], folder)
    registry = load_registry(write_registry(tmp_path / "sources.yaml", folder))
    out = tmp_path / "fp"
    (tmp_path / "fin.jsonl").write_text(json.dumps({"text": ENGLISH}) + "\n")
    run_fingerprint(registry, IngestParams(), out / "sources.json", [], out / "models.json")
    first = json.loads((out / "models.json").read_text())["tiny-base"]
    assert {f["file"] for f in first["files"]} >= {"config.json", "model.safetensors", "tokenizer.json"}
    (folder / "config.json").write_text((folder / "config.json").read_text().replace("32", "33", 1))
    run_fingerprint(registry, IngestParams(), out / "sources.json", [], out / "models.json")
    assert json.loads((out / "models.json").read_text())["tiny-base"] != first


def test_the_decision_memo_states_the_extensions_saving_against_the_base():
    from governance.report.memo import fertility_findings

    fertility = {
        "mode": "continued",
        "base_model": "tiny-base",
        "extend_base": True,
        "new_tokens": 40,
        "saving_vs_base": {"finance": 0.112, "legal": 0.064, "general": -0.01},
    }
    assert fertility_findings(fertility) == [
        "Extending the base model tiny-base's tokenizer with 40 domain tokens saves finance 11.2%, legal 6.4% "
        "of tokens on domain text; general text needs 1.0% more."
    ]
