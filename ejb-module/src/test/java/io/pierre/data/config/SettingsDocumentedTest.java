package io.pierre.data.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The settings table of docs/configuration.md lists exactly the settings the code reads, with their defaults. */
class SettingsDocumentedTest {

    private static final Pattern ROW =
            Pattern.compile("^\\| `(pierre\\.[a-z0-9.-]+)` \\| (`([^`]*)`|\\(none\\)) \\|", Pattern.MULTILINE);

    @Test
    void theDocumentedSettingsAndDefaultsAreTheOnesTheCodeReads() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "configuration.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(doc);
        while (row.find()) {
            documented.put(row.group(1), row.group(3) == null ? "(none)" : row.group(3));
        }
        Map<String, String> inCode = new TreeMap<>();
        for (Setting setting : Setting.values()) {
            inCode.put(setting.key(), setting.defaultValue().orElse("(none)"));
        }
        assertEquals(inCode, documented);
    }

    @Test
    void anEnvironmentVariableNameIsTheKeyInUpperCaseWithUnderscores() {
        assertEquals("PIERRE_RETRY_POSTGRESQL_MAX_RETRIES", Setting.RETRY_POSTGRESQL_MAX_RETRIES.environmentVariable());
        assertEquals("PIERRE_DATA_DIR", Setting.DATA_DIR.environmentVariable());
    }
}
