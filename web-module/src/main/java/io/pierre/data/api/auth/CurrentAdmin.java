package io.pierre.data.api.auth;

import io.pierre.data.admin.AdminToken;
import jakarta.enterprise.context.RequestScoped;

/** The admin token that authenticated the current request. */
@RequestScoped
public class CurrentAdmin {

    private AdminToken token;
    private String clientAddress;

    void authenticated(AdminToken authenticated, String address) {
        this.token = authenticated;
        this.clientAddress = address;
    }

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
