"""The linear intent model: block scaling, prediction, ranking, persistence without pickle."""

import numpy as np
import pytest
import scipy.sparse as sp

from bot.nlu.linear import LinearIntentModel


def _data():
    # word counts (sparse) and a 3-d "embedding" (dense); two intents that differ in both
    words = sp.csr_matrix(np.array([[3, 0, 1], [2, 0, 0], [0, 4, 1], [0, 1, 0]]))
    dense = np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0.1, 0.9, 0]])
    return [words, dense], ["pesten", "pesten", "fraude", "fraude"]


def test_learns_and_ranks_best_first():
    blocks, labels = _data()
    model = LinearIntentModel(C=10).fit(blocks, labels)
    ranking = model.rank(blocks)
    assert [r[0][0] for r in ranking] == labels
    for row in ranking:
        assert row[0][1] >= row[1][1]
        assert sum(p for _, p in row) == pytest.approx(1.0)


def test_count_blocks_are_scaled_so_repetition_does_not_dominate():
    blocks, labels = _data()
    model = LinearIntentModel().fit(blocks, labels)
    design = model._design(blocks).toarray()
    assert np.allclose(np.linalg.norm(design[:, :3], axis=1), 1.0)  # each sparse block has unit length
    assert np.allclose(np.linalg.norm(design[:, 3:], axis=1), model.dense_weight)


def test_round_trip_through_arrays_gives_the_same_probabilities(tmp_path):
    blocks, labels = _data()
    model = LinearIntentModel().fit(blocks, labels)
    np.savez(tmp_path / "m.npz", **model.to_arrays())
    with np.load(tmp_path / "m.npz", allow_pickle=False) as arrays:
        loaded = LinearIntentModel.from_arrays(arrays)
    assert np.allclose(loaded.predict_proba(blocks), model.predict_proba(blocks))
    assert list(loaded.classes) == ["fraude", "pesten"]


def test_shape_changes_and_untrained_use_are_errors():
    blocks, labels = _data()
    with pytest.raises(RuntimeError):
        LinearIntentModel().predict_proba(blocks)
    model = LinearIntentModel().fit(blocks, labels)
    with pytest.raises(ValueError):
        model.predict_proba([blocks[0]])
    with pytest.raises(ValueError):
        model.predict_proba([sp.csr_matrix(np.ones((1, 5))), blocks[1][:1]])
    with pytest.raises(ValueError):
        LinearIntentModel().fit([blocks[0]], ["pesten"])


def test_balanced_class_weight_lifts_a_small_class():
    # one "fraude" row against three "pesten" rows; a row between them leans to the big class
    # unless the classes are weighted inversely to their size (the CV option of issue 11)
    words = sp.csr_matrix(np.array([[1, 0], [1, 0], [1, 0], [0, 1]]))
    labels = ["pesten", "pesten", "pesten", "fraude"]
    between = [sp.csr_matrix(np.array([[1, 1]]))]
    plain = LinearIntentModel(C=1).fit([words], labels).predict_proba(between)
    balanced = LinearIntentModel(C=1, class_weight="balanced").fit([words], labels).predict_proba(between)
    fraude = list(LinearIntentModel(C=1).fit([words], labels).classes).index("fraude")
    assert balanced[0, fraude] > plain[0, fraude]


def test_faq_class_weight_lowers_only_the_faq_class():
    # three "faq" rows, one "pesten", one "twijfel_vertellen": "faq" weighs n / (classes * n_faq) =
    # 5 / 9 per row; the other two classes keep weight 1, so neither small class is lifted over the other
    words = sp.csr_matrix(np.array([[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]]))
    labels = ["faq", "faq", "faq", "pesten", "twijfel_vertellen"]
    model = LinearIntentModel(C=1, class_weight="faq")
    assert model._weights(np.asarray(labels)) == pytest.approx({"faq": 5 / 9})
    between = [sp.csr_matrix(np.array([[1, 1, 0]]))]
    plain = LinearIntentModel(C=1).fit([words], labels).predict_proba(between)
    weighted = model.fit([words], labels).predict_proba(between)
    pesten = list(model.classes).index("pesten")
    assert weighted[0, pesten] > plain[0, pesten]
    assert LinearIntentModel(class_weight="faq")._weights(np.asarray(["pesten", "fraude"])) is None
