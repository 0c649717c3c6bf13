"""The title model: build round trip, exact titles, posting noise, batch vectorizing."""

import numpy as np
import pytest

from tracker.classify.classifier import default_classifier
from tracker.classify.titles import TitleIndex, build_title_data, write_arrays

PAIRS = [("Registered Nurse", "29-1141.00"), ("Staff Nurse", "29-1141.00"), ("Charge Nurse", "29-1141.00"),
         ("Nurse Practitioner", "29-1171.00"), ("Family Nurse Practitioner", "29-1171.00"),
         ("Software Engineer", "15-1252.00"), ("Software Developer", "15-1252.00"),
         ("Backend Developer", "15-1252.00"), ("Web Developer", "15-1254.00"),
         ("Front End Developer", "15-1254.00"), ("Pastry Chef", "35-1011.00"), ("Pastry Chef", "51-3011.00"),
         ("Baker", "51-3011.00"), ("Head Chef", "35-1011.00")]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    data, arrays = build_title_data(PAIRS)
    path = tmp_path_factory.mktemp("t") / "titles.npz"
    write_arrays(path, arrays)
    with np.load(path) as a:
        return TitleIndex(data, a), path, arrays


def test_arrays_are_deterministic(small, tmp_path):
    _, path, arrays = small
    write_arrays(tmp_path / "again.npz", arrays)
    assert (tmp_path / "again.npz").read_bytes() == path.read_bytes()


def test_small_index_generalizes_and_keeps_exact_titles(small):
    index = small[0]
    assert index.match("Senior Software Developer II").code == "15-1252.00"
    assert index.match("Pediatric Nurse Practitioner").code == "29-1171.00"
    exact = index.match("Pastry Chef")
    assert exact.code in ("35-1011.00", "51-3011.00") and exact.similarity == 1.0
    assert set(exact.scores) <= {"35-1011.00", "51-3011.00"}
    assert index.match("!!!").code is None


def test_vectorize_equals_transform():
    index = default_classifier().bundle.titles
    queries = ["", "data engineer", "nurse nurse", "zzqx", "machine learning engineer", ""]
    a, b = index.vec.transform(queries), index.vectorize(queries)
    assert abs(a - b).max() < 1e-5 and a.nnz == b.nnz


@pytest.mark.parametrize("title, noisy", [
    ("Dental Hygienist", "Sr. Dental Hygienist II (Contract) - Remote"),
    ("Paralegal", "Paralegal, Litigation Team - New York, NY"),
    ("Forklift Operator", "Forklift Operator (Temp) | Night Shift"),
    ("Payroll Clerk", "Lead Payroll Clerk L5 - Hybrid"),
])
def test_posting_noise_does_not_change_the_code(title, noisy):
    index = default_classifier().bundle.titles
    clean, dirty = index.match_many([title, noisy])
    assert clean.code == dirty.code and dirty.query == clean.query


def test_unseen_titles_get_a_family():
    titles = ["Senior Data Engineer", "Staff Machine Learning Engineer, Ads", "Pastry Cook",
              "Apprentice Electrician - Commercial"]
    engineer, ml, cook, electrician = (m.code for m in default_classifier().bundle.titles.match_many(titles))
    assert engineer[:4] == "15-1" and ml[:2] == "15"
    assert cook[:2] in ("35", "51") and electrician[:4] in ("47-2", "49-2")


def test_candidate_scoring_equals_the_dense_computation():
    """Pruned neighbours + candidate codes give the codes and scores of the full dense blend."""
    from tracker.classify.titles import BLEND, POWER, _unit_rows

    index = default_classifier().bundle.titles
    queries = ["software engineer", "registered nurse", "machine learning engineer", "pastry chef",
               "site reliability engineer", "forklift operator", "data analyst", "zzqx"]
    q = index.vectorize(queries)
    words = q.copy()
    words.data[index.grams[words.indices]] = 0
    sims = (_unit_rows(words) @ index.matrix_t).tocsr()
    sims.data **= POWER
    votes = (sims @ index.title_code_m).toarray()
    votes /= np.maximum(votes.sum(axis=1, keepdims=True), 1e-30)
    nb = index.nb_dense[:-2]  # without the floor and prior rows
    logits = (q[:, index.nb_common] @ nb) + (q @ index.nb).toarray()
    logits += np.asarray(q.sum(axis=1)) * index.nb_floor + index.nb_prior
    post = np.exp(logits - logits.max(axis=1, keepdims=True))
    score = BLEND * votes + (1 - BLEND) * post / post.sum(axis=1, keepdims=True)
    for i, m in enumerate(index._score(queries)):
        if m.code is None:
            assert queries[i] == "zzqx"
            continue
        if queries[i] not in index.exact:
            assert m.code == index.codes[int(score[i].argmax())]
        for code, value in m.scores.items():
            assert abs(value - score[i, index.codes.index(code)]) < 0.01


def test_scipy_kernels_and_their_fallback_agree(monkeypatch):
    """csr.py calls scipy's compiled kernels directly; plain ``@`` (its fallback) gives the same matches."""
    from tracker.classify import csr

    index = default_classifier().bundle.titles
    titles = ["Senior Data Engineer", "Registered Nurse - ICU", "Pastry Cook", "zzqx", "", "Forklift Operator",
              "Staff Machine Learning Engineer, Ads", "Lead Payroll Clerk L5 - Hybrid", "Technician"] * 3
    index.clear_cache()
    fast = [(m.code, m.confidence, m.matched, m.scores) for m in index.match_many(titles)]
    assert csr.csr_matmat is not None and csr._kernels_agree()
    monkeypatch.setattr(csr, "csr_matmat", None)
    monkeypatch.setattr(csr, "csr_matvecs", None)
    index.clear_cache()
    plain = [(m.code, m.confidence, m.matched, m.scores) for m in index.match_many(titles)]
    index.clear_cache()
    assert fast == plain


def test_employment_prior_splits_a_soc_among_its_onet_codes():
    from tracker.classify.titles import EMPLOYMENT_FLOOR, employment_prior

    share = employment_prior(["29-1141.00", "29-1141.01", "45-2092.00", "99-9999.00"],
                             {"29-1141": 3_000_000, "45-2092": 200_000})
    jobs = [1_500_000, 1_500_000, 200_000, EMPLOYMENT_FLOOR]
    assert share.tolist() == pytest.approx([j / sum(jobs) for j in jobs])
