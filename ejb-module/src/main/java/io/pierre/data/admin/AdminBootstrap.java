package io.pierre.data.admin;

import io.pierre.data.config.DeploymentConfigurationException;
import io.pierre.data.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The two ways a super-admin token comes into being without an admin token to create it, both run at deployment,
 * writing the token to a file in the data folder ({@link Setting#DATA_DIR}) that only the server's user can read, and
 * logging the file's path, never the token:
 * <ul>
 * <li><b>Bootstrap</b>, on a database that has never held an admin token: one token, valid
 * {@link Setting#ADMIN_BOOTSTRAP_VALIDITY_HOURS}, in {@value #BOOTSTRAP_TOKEN_FILE}. Minted once per database, however
 * many nodes start at the same moment; never again, even after every token was deactivated.</li>
 * <li><b>Recovery</b>, deliberately: an operator creates the file {@value #RECOVERY_REQUEST_FILE} in the data folder;
 * the next start consumes it, mints one token valid {@link Setting#ADMIN_RECOVERY_VALIDITY_HOURS} into
 * {@value #RECOVERY_TOKEN_FILE}, audits it and deletes the request. Nothing is minted without the request.</li>
 * </ul>
 * The token file is written before the token is committed; if the commit fails, the file is removed.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String BOOTSTRAP_TOKEN_FILE = "bootstrap-admin-token";
    public static final String RECOVERY_REQUEST_FILE = "admin-recovery-request";
    public static final String RECOVERY_TOKEN_FILE = "recovery-admin-token";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    BootstrapSteps steps;

    @Inject
    AdminRepository admins;

    /** Carries out a recovery request, or mints the bootstrap token on a database that never held a token. */
    public void onStart() {
        Path folder = dataFolder();
        Path request = folder.resolve(RECOVERY_REQUEST_FILE);
        if (Files.exists(request)) {
            recover(folder, request);
        } else if (!admins.hasAnyToken()) {
            Path file = folder.resolve(BOOTSTRAP_TOKEN_FILE);
            mintInto(
                            file,
                            () -> steps.mintBootstrapToken(
                                    Setting.ADMIN_BOOTSTRAP_VALIDITY_HOURS.asDuration(ChronoUnit.HOURS),
                                    raw -> OwnerOnlyFiles.write(file, raw + "\n")))
                    .ifPresent(
                            token -> LOG.warning(
                                    "No admin token existed: created a"
                                            + " super-admin token valid until "
                                            + token.expiresAt().orElseThrow() + " and wrote it to " + file
                                            + " (readable only by the server's user). Use it to create named tokens, then deactivate it."));
        } else if (!steps.anActiveSuperAdminExists()) {
            LOG.info("No active super-admin token exists. To mint one, create the file " + request
                    + " and restart the server.");
        }
    }

    /** The folder of the token and request files: the setting, else the server's data folder + /pierre. */
    public static Path dataFolder() {
        Optional<String> configured = Setting.DATA_DIR.value();
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        String serverData =
                System.getProperty("jboss.server.data.dir", System.getProperty("com.sun.aas.instanceRoot", "."));
        return Path.of(serverData, "pierre");
    }

    private void recover(Path folder, Path request) {
        Path consumed = folder.resolve(RECOVERY_REQUEST_FILE + ".consumed");
        Path file = folder.resolve(RECOVERY_TOKEN_FILE);
        move(request, consumed);
        try {
            AdminToken token = mintInto(
                            file,
                            () -> Optional.of(steps.mintRecoveryToken(
                                    Setting.ADMIN_RECOVERY_VALIDITY_HOURS.asDuration(ChronoUnit.HOURS),
                                    raw -> OwnerOnlyFiles.write(file, raw + "\n"))))
                    .orElseThrow();
            OwnerOnlyFiles.deleteIfExists(consumed);
            LOG.warning("Admin recovery requested by " + request + ": created a super-admin token valid until "
                    + token.expiresAt().orElseThrow() + " and wrote it to " + file
                    + " (readable only by the server's user);"
                    + " the request was consumed and the event audited.");
        } catch (RuntimeException e) {
            move(consumed, request);
            throw new DeploymentConfigurationException(
                    "The admin recovery request " + request + " could not be carried out (" + e.getMessage()
                            + "); it is left in place for the next start.",
                    e);
        }
    }

    /** Runs {@code mint}, which writes {@code file} before its transaction commits; removes the file if it fails. */
    private static Optional<AdminToken> mintInto(Path file, java.util.function.Supplier<Optional<AdminToken>> mint) {
        try {
            return mint.get();
        } catch (RuntimeException e) {
            OwnerOnlyFiles.deleteIfExists(file);
            throw e;
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DeploymentConfigurationException(
                    "Cannot rename " + from + " to " + to + " (" + e.getMessage() + "): let the server's user write to "
                            + from.getParent() + ".",
                    e);
        }
    }
}
