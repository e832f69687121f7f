import json
import shutil
import tracemalloc

import pytest
from datatrove.data import Document

from core import store
from core.config import ScrubParams
from core.errors import ConfigError
from core.packs import PACKS_ROOT, domain_packs, load_pack
from governance.pii.engine import domain_recognizers
from governance.pii.identifiers import aba_ok, iban_ok, npi_ok
from governance.pii.recognizers import GivenNameRecognizer, luhn_ok
from governance.pii.scrubber import CHUNK_CHARS, Detection, Scrubber, iter_chunks, resolve
from governance.pii.stage import run_scrub, scrub_jsonl
from tools.pii_domain_set import build


@pytest.fixture(scope="module")
def one_process():
    return ScrubParams(n_process=1)


def scrub(params, text, domain):
    return Scrubber(params, domain).scrub(text).text


def test_checksums_accept_valid_and_reject_altered_numbers():
    assert aba_ok("011000015") and not aba_ok("011000016")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert npi_ok("1234567893") and not npi_ok("1234567894")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


def test_routing_number_needs_checksum_and_context(one_process):
    assert "011000015" not in scrub(one_process, "Wire via ABA routing 011000015 today.", "finance")
    assert "011000016" in scrub(one_process, "Wire via ABA routing 011000016 today.", "finance")
    assert "011000015" in scrub(one_process, "Order 011000015 shipped.", "finance")


def test_account_number_needs_account_context_and_cusip_survives(one_process):
    out = scrub(
        one_process, "Credit checking account 846636851742; CUSIP 037833100, ISIN US0378331005.", "finance"
    )
    assert "846636851742" not in out and "037833100" in out and "US0378331005" in out
    assert "846636851742" in scrub(one_process, "Invoice 846636851742 was paid.", "finance")


def test_mrn_member_id_and_npi_in_medical_text(one_process):
    text = "MRN 62640729. Member ID XKH123456789. NPI 1234567893. Order 1234567894. Dx E11.9, CPT 99213."
    out = scrub(one_process, text, "medical")
    assert "62640729" not in out and "XKH123456789" not in out and "1234567893" not in out
    assert "1234567894" in out and "E11.9" in out and "99213" in out


def test_date_of_birth_goes_and_fiscal_date_stays(one_process):
    out = scrub(
        one_process, "DOB: June 26, 1980. The quarter ended June 29, 2024 with revenue of $4.1 million.", None
    )
    assert "June 26, 1980" not in out and "June 29, 2024" in out and "$4.1 million" in out


def test_phones_and_addresses_with_units(one_process):
    text = (
        "Call +1 (217) 555-0134 or 217.555.0199; write to 7329 Willowbrook Place, Suite 3, Omaha, NE 68184."
    )
    out = scrub(one_process, text, None)
    assert "555-0134" not in out and "555.0199" not in out and "Willowbrook" not in out and "68184" not in out


def test_must_keep_values_survive(one_process):
    text = (
        "Apple Inc. (NASDAQ: AAPL) rose 3.2% after the fiscal year ended September 28, 2024; see 42 U.S.C. § 1983, "
        "Ashcroft v. Iqbal, 556 U.S. 662, docket 1:22-cv-03881. Continue metformin 500 mg for E11.9."
    )
    for domain in ("finance", "legal", "medical", "general"):
        assert scrub(one_process, text, domain) == text


def test_surname_alone_gets_the_same_placeholder_as_the_full_name(one_process):
    out = scrub(one_process, "Camille Kristiansen called. Later, Kristiansen confirmed.", None)
    assert "Kristiansen" not in out and out.count("<PERSON_1>") == 2


def test_hashed_placeholders_are_deterministic_and_need_the_secret(monkeypatch):
    params = ScrubParams(n_process=1, hash_secret_env="CHARTER_TEST_PII_KEY")
    monkeypatch.delenv("CHARTER_TEST_PII_KEY", raising=False)
    with pytest.raises(ConfigError, match="CHARTER_TEST_PII_KEY"):
        Scrubber(params)
    monkeypatch.setenv("CHARTER_TEST_PII_KEY", "s3cret-key")
    a = Scrubber(params).scrub("Email margaret.okafor@example.com now.").text
    b = Scrubber(params).scrub("Write to margaret.okafor@example.com.").text
    tag = a.split("<EMAIL_ADDRESS_")[1].split(">")[0]
    assert len(tag) == 16 and f"<EMAIL_ADDRESS_{tag}>" in b and "s3cret" not in a
    monkeypatch.setenv("CHARTER_TEST_PII_KEY", "other-key")
    assert Scrubber(params).scrub("Email margaret.okafor@example.com now.").text != a


def test_ten_megabyte_document_is_scrubbed_in_bounded_chunks(one_process):
    block = "row 17 value 42 ok; nothing to see in this line of the export\n" * 200 + "desk 217.555.0134\n"
    text = block * (10_000_000 // len(block) + 1)
    assert all(len(c) <= CHUNK_CHARS for _, c in iter_chunks(text))
    tracemalloc.start()
    out = Scrubber(one_process).scrub(text).text
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "217.555.0134" not in out and out.count("<PHONE_NUMBER_1>") == text.count("217.555.0134")
    assert peak < 12 * len(text)  # a few copies of the text, not a per-character blow-up


def test_invalid_utf8_line_is_quarantined_with_its_line_number(tmp_path, one_process):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a", "text": "Call 217.555.0134."}\n{"id": "b", "text": "caf\xe9"}\nnot json\n')
    summary = scrub_jsonl(one_process, src, tmp_path / "out.jsonl")
    assert summary["documents"] == 1 and summary["quarantined"] == 2
    rows = [json.loads(x) for x in (tmp_path / "out.quarantine.jsonl").read_text().splitlines()]
    assert rows[0]["line"] == 2 and "invalid UTF-8" in rows[0]["reason"] and rows[1]["line"] == 3


def test_standalone_scrub_equals_the_stage_for_a_domain(tmp_path, one_process):
    text = (
        "Patient: Mei Haddad | MRN 94150019 | DOB: 01/25/1983. Admitted: 12/01/2022. Dx I21.4. "
        "Phone 520.555.0143. Discharged by Dr. Rafael Delacroix on 12/04/2022."
    )
    docs = [
        Document(text=text, id="m/1", metadata={"source": "m", "domain": "medical", "sensitivity": "private"})
    ]
    store.write_documents(docs, tmp_path / "in" / "docs")
    run_scrub(one_process, tmp_path / "in", tmp_path / "out")
    staged = [json.loads(x)["text"] for x in (tmp_path / "out/docs/00000.jsonl").read_text().splitlines()]
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "m/1", "text": text}) + "\n")
    scrub_jsonl(one_process, tmp_path / "in.jsonl", tmp_path / "out.jsonl", domain="medical")
    alone = [json.loads(x)["text"] for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert staged == alone and "94150019" not in alone[0] and "I21.4" in alone[0]


def test_overlapping_detections_merge_so_no_part_of_an_address_survives():
    # spaCy calling the city of an address a PERSON (scored higher) must not leave the street behind.
    found = [Detection("STREET_ADDRESS", 10, 60, 0.7), Detection("PERSON", 40, 46, 0.85)]
    assert resolve(found) == [Detection("STREET_ADDRESS", 10, 60, 0.85)]
    partial = resolve([Detection("PERSON", 0, 9, 0.85), Detection("PHONE_NUMBER", 7, 24, 0.7)])
    assert [(d.entity_type, d.start, d.end) for d in partial] == [("PHONE_NUMBER", 0, 24)]
    apart = resolve([Detection("PERSON", 0, 5, 0.6), Detection("PERSON", 6, 9, 0.6)])
    assert len(apart) == 2


def test_address_whose_city_spacy_takes_for_a_name_is_replaced_whole(one_process):
    text = "KYC refresh: mailing address 5061 Sycamore Bend Rd., Suite 210, Eugene, OR 97491; mobile +1 (566) 555-0020."
    out = scrub(one_process, text, "finance")
    for part in ("5061", "Sycamore", "Suite 210", "97491", "566", "0020"):
        assert part not in out, part


def test_given_name_recognizer_weighs_name_tables_against_the_documents_own_words():
    rec = GivenNameRecognizer()

    def names(text):
        return [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"], None)]

    assert names("Approver: Rose Price, desk head. Reviewed with Casimir Achterberg.") == [
        "Rose Price",
        "Casimir Achterberg",
    ]
    assert names("Signed by Hyun-woo Okonkwo and Mary J. Blige.") == ["Hyun-woo Okonkwo", "Mary J. Blige"]
    # Headings whose words the document also uses in lower case are not people.
    assert names("Cash Flows. Net cash flows from operations rose.") == []
    assert names("The Effective Date is the date the effective notice is given.") == []
    assert names("Grant Street and Chase Bank are landmarks.") == []


def test_a_role_noun_spacy_takes_into_a_name_stays_as_text(one_process):
    out = scrub(one_process, "The settlement is approved. Claimant Jack Mbeki shall be notified.", "legal")
    assert out == "The settlement is approved. Claimant <PERSON_1> shall be notified."


def test_surname_shared_by_two_people_gives_each_their_own_placeholder(one_process):
    out = scrub(one_process, "The owner, Oluwaseun Young, called. Thanks to Teodor Young for the help.", None)
    assert "Young" not in out and "Teodor" not in out and "Oluwaseun" not in out
    assert "<PERSON_1>" in out and "<PERSON_2>" in out


def test_role_nouns_and_closings_mark_names(one_process):
    text = (
        "Ordering provider Hyun-woo Delgado-Ruiz (NPI 1234567893) saw patient Femi Oyelowo.\n"
        "Sincerely,\nIolanthe Quarrington"
    )
    out = scrub(one_process, text, "medical")
    for part in ("Hyun", "woo", "Delgado", "Femi", "Oyelowo", "Iolanthe", "Quarrington"):
        assert part not in out, part
    # The role noun and the closing stay as text: only the name is replaced.
    assert out == "Ordering provider <PERSON_1> (NPI <NPI_1>) saw patient <PERSON_2>.\nSincerely,\n<PERSON_3>"


def test_account_number_that_passes_the_routing_checksum_by_chance_is_still_an_account(one_process):
    assert aba_ok("484414649")
    out = scrub(one_process, "Debit checking account 484414649 (transit number 022153142).", "finance")
    assert "484414649" not in out and "022153142" not in out


def test_company_names_with_an_ampersand_survive(one_process):
    text = "Proceeds of the JPMorgan Chase & Co. (NYSE: JPM) sale settled; Smith & Wesson Inc. was unchanged."
    assert scrub(one_process, text, "finance") == text


def test_packs_declare_the_recognizers_they_run():
    for domain in domain_packs():
        declared = load_pack(domain).pii_recognizers
        assert declared and [type(r).__name__ for r in domain_recognizers(domain)] == declared
    assert domain_recognizers("general") == [] and domain_recognizers(None) == []
    bank = next(r for r in domain_recognizers("finance") if type(r).__name__ == "BankAccountRecognizer")
    assert bank.has_context("Credit acct 12345678", len("Credit acct "))


def test_an_unknown_declared_recognizer_is_a_clear_error(tmp_path):
    shutil.copytree(PACKS_ROOT / "finance", tmp_path / "finance", ignore=shutil.ignore_patterns("data"))
    pack = tmp_path / "finance" / "pack.yaml"
    pack.write_text(
        pack.read_text().replace("BankAccountRecognizer]", "BankAccountRecognizer, SwiftBicRecognizer]")
    )
    with pytest.raises(
        ConfigError, match=r"pack\.yaml: unknown PII recognizer 'SwiftBicRecognizer'.*BankAccountRecognizer"
    ):
        domain_recognizers("finance", tmp_path)
    (tmp_path / "finance" / "recognizers.py").unlink()
    with pytest.raises(ConfigError, match="recognizers.py does not exist"):
        domain_recognizers("finance", tmp_path)


def test_docket_numbers_are_must_keep_in_every_manifest_and_survive(one_process):
    for manifest in PACKS_ROOT.glob("*/data/private/*.pii.json"):
        for entry in json.loads(manifest.read_text())["documents"].values():
            assert all(item["type"] != "CASE_NUMBER" for item in entry["pii"]), manifest
    legal = json.loads((PACKS_ROOT / "legal/data/private/deposition-excerpts.pii.json").read_text())
    dockets = [
        i["value"]
        for e in legal["documents"].values()
        for i in e.get("keep", [])
        if i["type"] == "CASE_NUMBER"
    ]
    assert len(dockets) == len(legal["documents"])
    rows = [r for d in build(per_domain=4)["legal"] for r in d["keep"] if r["type"] == "CASE_NUMBER"]
    assert len(rows) == 4
    text = f"Civil Action No. {dockets[0]}\n\nDEPOSITION OF CAMILLE MENSAH. Case No. {dockets[1]} was filed."
    out = scrub(one_process, text, "legal")
    assert dockets[0] in out and dockets[1] in out and "MENSAH" not in out
