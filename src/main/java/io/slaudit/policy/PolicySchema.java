package io.slaudit.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of the policy format, shipped in the jar for editors (docs/policy.schema.json is a copy). */
public final class PolicySchema {

    public static final String RESOURCE = "/io/slaudit/policy/policy.schema.json";

    private PolicySchema() {}

    public static String text() {
        try (InputStream in = PolicySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema is missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
