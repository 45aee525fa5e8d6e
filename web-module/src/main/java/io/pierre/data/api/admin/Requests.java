package io.pierre.data.api.admin;

import io.pierre.data.apikey.ApiKey;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.user.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What the admin API accepts; size limits are the columns' own ({@link User#EMAIL_MAX_LENGTH}, ...).
 *
 * <p>Records with constraints declare their canonical constructor explicitly, so the constraints stay on the
 * fields and accessors (where Bean Validation and OpenAPI read them) and are not copied onto constructor
 * parameters: Payara 6.2025.9's OpenAPI generator fails on a constrained parameter that is not a {@code @PathParam}.
 */
public final class Requests {

    private Requests() {}

    public record CreateUser(
            @NotBlank @Email @Size(max = User.EMAIL_MAX_LENGTH)
            String email,

            @NotNull @Size(min = 12, max = 256) String password,
            @Size(max = User.DISPLAY_NAME_MAX_LENGTH) String displayName) {

        public CreateUser(String email, String password, String displayName) {
            this.email = email;
            this.password = password;
            this.displayName = displayName;
        }

        @Override
        public String toString() {
            return "CreateUser[email=" + email + ", password=(redacted), displayName=" + displayName + "]";
        }
    }

    public record CreateTenant(
            @NotBlank @Size(max = Tenant.NAME_MAX_LENGTH) String name,

            @NotBlank
            @Size(max = Tenant.SLUG_MAX_LENGTH)
            @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "lower-case letters, digits and dashes")
            String slug,

            @Pattern(regexp = "starter|professional|enterprise", message = "starter, professional or enterprise")
            String plan,

            @NotNull UUID ownerUserId) {

        public CreateTenant(String name, String slug, String plan, UUID ownerUserId) {
            this.name = name;
            this.slug = slug;
            this.plan = plan;
            this.ownerUserId = ownerUserId;
        }
    }

    public record ProvisionApiKey(
            @NotBlank @Size(max = ApiKey.NAME_MAX_LENGTH) String name,

            @NotNull
            @Pattern(
                    regexp = "trial|starter|professional|enterprise",
                    message = "trial, starter, professional or enterprise")
            String tier) {

        public ProvisionApiKey(String name, String tier) {
            this.name = name;
            this.tier = tier;
        }
    }

    public record CreateAdminToken(
            @NotBlank @Size(max = 255) String serviceName,
            @Size(max = 1000) String description,
            List<@Pattern(regexp = "[a-z_]+") String> permissions,
            Boolean superAdmin,
            @Min(1) Integer validityDays) {

        public CreateAdminToken(
                String serviceName,
                String description,
                List<String> permissions,
                Boolean superAdmin,
                Integer validityDays) {
            this.serviceName = serviceName;
            this.description = description;
            this.permissions = permissions;
            this.superAdmin = superAdmin;
            this.validityDays = validityDays;
        }
    }

    public record UpdateTenant(
            @Pattern(regexp = "starter|professional|enterprise", message = "starter, professional or enterprise")
            String plan,

            Boolean active) {}

    /** How an operator resolves a value the rewrap could not open. */
    public record ResolveUnopenable(
            @NotNull @Pattern(regexp = "clear_value|delete_row", message = "clear_value or delete_row")
            String action) {

        public ResolveUnopenable(String action) {
            this.action = action;
        }
    }

    public record RegisterOAuth2Client(
            @Size(max = 255) String clientName,

            @NotNull @Size(min = 1, max = 20)
            List<@NotBlank @Size(max = 2048) @Pattern(regexp = "https?://.+", message = "an http(s) URL") String>
                    redirectUris,

            @Size(max = 2000) String scope) {

        public RegisterOAuth2Client(String clientName, List<String> redirectUris, String scope) {
            this.clientName = clientName;
            this.redirectUris = redirectUris;
            this.scope = scope;
        }
    }
}
