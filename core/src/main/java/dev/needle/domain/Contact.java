package dev.needle.domain;

public record Contact(long id, String source, String externalId, Long accountId, String name,
                      String title, String email) {
    public Contact {
        Records.requireKey(source, externalId);
    }
}
