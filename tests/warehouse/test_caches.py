from extractors.pipeline import _load, load_nlp
from extractors.relays import is_relay_domain
from warehouse.caches import clear_bounded_caches


def test_bounded_caches_of_the_named_packages_are_emptied_and_unbounded_ones_kept():
    load_nlp()
    is_relay_domain("myworkday.com")
    assert _load.cache_info().currsize > 0
    assert is_relay_domain.cache_info().currsize > 0

    clear_bounded_caches("warehouse")  # another package: extractors' caches untouched
    assert is_relay_domain.cache_info().currsize > 0

    clear_bounded_caches("extractors")
    assert is_relay_domain.cache_info().currsize == 0
    assert _load.cache_info().currsize > 0
