package io.pierre.data.admin;

import io.pierre.data.db.SqlFailures;
import io.pierre.data.db.Timestamps;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.security.AuditEvent;
import io.pierre.data.security.AuditEventType;
import io.pierre.data.security.AuditSeverity;
import io.pierre.data.security.SecurityRepository;
import io.pierre.data.security.SystemSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The transactions of {@link AdminBootstrap}. Each writes the token file (through {@code writeFile}) after the token
 * is stored and before the transaction commits, so a committed token always has its file.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class BootstrapSteps {

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    @Inject
    AdminRepository admins;

    @Inject
    SecurityRepository security;

    public boolean anActiveSuperAdminExists() {
        return admins.listTokens(false).stream().anyMatch(AdminToken::isSuperAdmin);
    }

    /**
     * Mints the bootstrap token unless this database ever held a token or minted one before. Its record in
     * {@code system_settings} is inserted first: when several nodes start at once, one insert wins and the others
     * find the record on their retry and mint nothing.
     */
    public Optional<AdminToken> mintBootstrapToken(Duration validity, Consumer<String> writeFile) {
        if (admins.hasAnyToken() || em.find(SystemSetting.class, SystemSetting.ADMIN_BOOTSTRAP_TOKEN_ISSUED) != null) {
            return Optional.empty();
        }
        em.persist(SystemSetting.of(
                SystemSetting.ADMIN_BOOTSTRAP_TOKEN_ISSUED,
                Timestamps.now().toString(),
                "When the first-start super-admin token was minted; it is never minted again"));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new OptimisticLockException("Another node minted the bootstrap admin token at the same moment");
            }
            throw e;
        }
        return Optional.of(mint(
                "bootstrap",
                "Created at the first start of an empty database; replace it with named tokens",
                validity,
                writeFile));
    }

    /** Mints a recovery token and audits it. */
    public AdminToken mintRecoveryToken(Duration validity, Consumer<String> writeFile) {
        AdminToken token = mint("recovery", "Created by an operator's recovery request file", validity, writeFile);
        security.storeAuditEvent(AuditEvent.of(
                        AuditEventType.CONFIGURATION_CHANGED,
                        AuditSeverity.WARNING,
                        "Admin recovery: a super-admin token was minted from a request file in the data folder",
                        "admin_token.recover",
                        "success")
                .on("admin_token:" + token.id(), "server:recovery-request"));
        return token;
    }

    private AdminToken mint(String serviceName, String description, Duration validity, Consumer<String> writeFile) {
        AdminToken.Issued issued = admins.createToken(
                serviceName, description, Set.of(), true, Timestamps.now().plus(validity));
        em.flush();
        writeFile.accept(issued.rawToken());
        return issued.token();
    }
}
