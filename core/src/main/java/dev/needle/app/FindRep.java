package dev.needle.app;

import dev.needle.domain.Rep;
import dev.needle.ingest.mapping.SalesforceIds;
import dev.needle.store.AmbiguousRepException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rep a user means by a key, the one rule for {@code --rep} and the API's {@code rep}: Needle's id, the
 * source system's id, or the email (any case); a Salesforce id in its 15- or 18-character form. A key two reps
 * answer to is refused rather than guessed.
 */
public final class FindRep {
    private FindRep() {
    }

    /** Whom to find; {@code key} is trimmed and must not be blank. */
    public record Request(String key) {
        public Request {
            if (key == null || key.isBlank()) throw new InvalidRequestException("{rep} is required: Needle's id, the source's id or the email");
            key = key.trim();
        }
    }

    /** The rep among {@code reps} that {@code request} means and {@code visible} lets the caller see. */
    public static Optional<Rep> among(List<Rep> reps, Request request, Predicate<Rep> visible) {
        // the key as given, then a 15-character Salesforce id (as the UI shows it) in its stored 18-character form
        for (String form : SalesforceIds.lookupForms(request.key())) {
            List<Rep> matches = reps.stream().filter(rep -> rep.answersTo(form)).filter(visible)
                    .sorted(Comparator.comparingLong(Rep::id)).toList();
            if (matches.size() > 1) {
                throw new AmbiguousRepException("\"" + request.key() + "\" matches " + matches.size() + " reps; use Needle's id: "
                        + matches.stream().map(rep -> rep.id() + " (" + rep.source() + ")").toList());
            }
            if (!matches.isEmpty()) return Optional.of(matches.get(0));
        }
        return Optional.empty();
    }

    public static Optional<Rep> among(List<Rep> reps, Request request) {
        return among(reps, request, rep -> true);
    }
}
