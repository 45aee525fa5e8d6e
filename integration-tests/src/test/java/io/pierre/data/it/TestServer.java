package io.pierre.data.it;

import io.pierre.data.crypto.MasterKey;
import java.nio.file.Path;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * What in-container tests inspect that WildFly and Payara name or provide differently: the product datasource's
 * global JNDI name (WildFly binds {@code java:/jdbc/PierreDS}, Payara {@code jdbc/PierreDS}), the master key and
 * the server log.
 */
public final class TestServer {

    private TestServer() {}

    public static boolean isWildFly() {
        return System.getProperty("jboss.home.dir") != null;
    }

    /** The datasource the product uses, for tests that need raw JDBC on the same pool. */
    public static DataSource productDataSource() {
        try {
            return InitialContext.doLookup(
                    isWildFly() ? "java:/" + Deployments.PRODUCT_DATASOURCE : Deployments.PRODUCT_DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The product datasource is not bound", e);
        }
    }

    /**
     * The master key as the server resolved it: WildFly's test servers get it from the environment, Payara's from
     * the password alias behind the system property.
     */
    public static String masterKey() {
        String fromEnvironment = System.getenv(MasterKey.NAME);
        return fromEnvironment != null ? fromEnvironment : System.getProperty(MasterKey.NAME);
    }

    public static Path serverLog() {
        if (isWildFly()) {
            return Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        }
        return Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log");
    }
}
