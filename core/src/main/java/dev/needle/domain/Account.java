package dev.needle.domain;

public record Account(long id, String source, String externalId, String name, String industry,
                      boolean dreamClient) {
    public Account {
        Records.requireKey(source, externalId);
    }
}
