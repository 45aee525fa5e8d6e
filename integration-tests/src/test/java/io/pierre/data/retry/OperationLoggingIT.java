package io.pierre.data.retry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.it.TestServer;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With Pierre's log category at DEBUG (the test servers apply server-config's add-debug-logging.cli), every
 * repository operation is logged with its name, attempt, outcome and duration, and never with its parameters.
 */
@ExtendWith(ArquillianExtension.class)
class OperationLoggingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(OperationLoggingIT.class);
    }

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Test
    void operationsAreLoggedWithoutTheirParameters() throws IOException {
        testDatabase.deleteAll();
        String marker = "marker-" + UUID.randomUUID();
        db.users()
                .create(User.newUser(marker + "@example.com", "hash-" + marker).withDisplayName(marker));
        db.users().findByEmail(marker + "@example.com");

        String log = Files.readString(TestServer.serverLog(), StandardCharsets.UTF_8);
        assertTrue(log.contains("JpaUserRepository.create attempt=1 tx=own outcome=ok ms="), "operation line missing");
        assertTrue(
                log.contains("JpaUserRepository.findByEmail attempt=1 tx=own outcome=ok ms="),
                "operation line missing");
        assertFalse(log.contains(marker), "a parameter value reached the log");
    }
}
