package io.pierre.data.api.auth;

import io.pierre.data.admin.AdminToken;
import io.pierre.data.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * First start without any active super-admin token: creates one and writes it to a file readable only by the
 * server's user, logging the file's path (never the token). The file is {@code bootstrap-admin-token} in
 * {@code pierre.data.dir} (the run command sets it to ./data), else in the server's data directory.
 */
@ApplicationScoped
public class BootstrapAdminToken {

    private static final Logger LOG = Logger.getLogger(BootstrapAdminToken.class.getName());
    public static final String FILE_NAME = "bootstrap-admin-token";

    @Inject
    Database db;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ensureSuperAdminToken();
    }

    /** Creates the bootstrap token unless an active super-admin token exists; returns the file it wrote, if any. */
    public java.util.Optional<Path> ensureSuperAdminToken() {
        if (db.admins().listTokens(false).stream().anyMatch(AdminToken::isSuperAdmin)) {
            return java.util.Optional.empty();
        }
        AdminToken.Issued issued = db.admins().createToken("bootstrap", "Created at first start; replace it with named tokens",
                null, true, null);
        Path file = directory().resolve(FILE_NAME);
        write(file, issued.rawToken());
        LOG.warning("No admin token existed: created a super-admin token and wrote it to " + file
                + " (readable only by the server's user). Use it to create named tokens, then deactivate it.");
        return java.util.Optional.of(file);
    }

    static Path directory() {
        String configured = System.getProperty("pierre.data.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        String serverData = System.getProperty("jboss.server.data.dir", System.getProperty("com.sun.aas.instanceRoot", "."));
        return Path.of(serverData, "pierre");
    }

    private static void write(Path file, String token) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bootstrap admin token to " + file, e);
        }
    }
}
