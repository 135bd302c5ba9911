package dev.needle.web;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * {@code POST /api/feeds}: the feed made, with its address, shown this once (the secret is kept only as a hash).
 *
 * @param url    the feed's address on this server, as the request reached it
 * @param webcal the same address as webcal://, which opens the calendar app
 */
public record CreatedFeedDocument(@JsonUnwrapped FeedDocument feed,
                                  @JsonPropertyDescription("/feed/{secret}.ics: shown this once, the secret is kept only as a hash") String path,
                                  @JsonPropertyDescription("the feed's address on this server, as the request reached it") String url,
                                  @JsonPropertyDescription("the same address as webcal://, which opens the calendar app") String webcal) {
}
