package dev.needle.measure;

import dev.needle.domain.Deal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One open deal at as-of, its stage then and its hygiene flags, each with the reason in a sentence. */
public record DealHealth(Deal deal, String stage, Map<HygieneFlag, String> flags) {
    public DealHealth {
        flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    }

    public boolean has(HygieneFlag flag) {
        return flags.containsKey(flag);
    }
}
