package io.pierre.data.admin;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who is calling the admin API in this request: the bearer token the request presented (set by the web layer's
 * filter), and once {@link AdminAuthorization} has checked it, the token it belongs to.
 */
@RequestScoped
public class AdminCaller {

    private String presentedToken;
    private String clientAddress;
    private AdminToken token;

    /** The raw bearer token and the client's address, as the request brought them. */
    public void presented(String rawToken, String address) {
        this.presentedToken = rawToken;
        this.clientAddress = address;
    }

    Optional<String> presentedToken() {
        return Optional.ofNullable(presentedToken);
    }

    void authenticated(AdminToken authenticated) {
        this.token = authenticated;
    }

    /** The authenticated token; a request that was not authorized has none, and using it is a programming error. */
    public AdminToken token() {
        if (token == null) {
            throw new IllegalStateException("No authenticated admin token for this request");
        }
        return token;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
