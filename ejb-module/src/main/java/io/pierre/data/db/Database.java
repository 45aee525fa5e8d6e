package io.pierre.data.db;

import io.pierre.data.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one injectable entry point to Pierre's data: {@code db.users().findById(..)}. Each accessor returns a
 * focused repository; repositories are transaction boundaries of their own and join a caller's transaction.
 */
@ApplicationScoped
public class Database {

    private final UserRepository users;

    @Inject
    public Database(UserRepository users) {
        this.users = users;
    }

    /** Required by CDI to proxy a normal-scoped bean. */
    protected Database() {
        this(null);
    }

    public UserRepository users() {
        return users;
    }
}
