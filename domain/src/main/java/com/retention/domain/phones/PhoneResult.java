package com.retention.domain.phones;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of normalising one phone: an E.164 number or a plain reason why not.
 * A value rather than an exception because bad phones are ordinary input (import rejects, invalid flags).
 */
public sealed interface PhoneResult permits PhoneResult.Valid, PhoneResult.Invalid {

    boolean isValid();

    /** The E.164 number when valid. */
    Optional<String> e164();

    /** The reason when invalid. */
    Optional<String> reason();

    static PhoneResult valid(String e164) {
        return new Valid(e164);
    }

    static PhoneResult invalid(String reason) {
        return new Invalid(reason);
    }

    record Valid(String value) implements PhoneResult {
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public Optional<String> e164() {
            return Optional.of(value);
        }

        @Override
        public Optional<String> reason() {
            return Optional.empty();
        }
    }

    record Invalid(String message) implements PhoneResult {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Optional<String> e164() {
            return Optional.empty();
        }

        @Override
        public Optional<String> reason() {
            return Optional.of(message);
        }
    }
}
