package io.pierre.data.it;

import io.pierre.data.testing.TestRows;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds test deployments from the real EAR that the build produced (system property {@code pierre.ear}):
 * test classes go into its WAR, nothing else changes unless a test asks for a deliberately broken variant.
 */
public final class Deployments {

    public static final String PRODUCT_DATASOURCE = "jdbc/PierreDS";
    private static final String WAR = "pierre-web.war";
    private static final String DOMAIN_JAR = "lib/pierre-domain.jar";
    private static final String MIGRATIONS_JAR = "lib/pierre-migrations.jar";
    private static final String EJB_JAR = "pierre-ejb.jar";

    private Deployments() {}

    /** The real EAR with {@code testClasses} (and the shared helpers) in its WAR, run in-container. */
    public static EnterpriseArchive pierreEar(Class<?>... testClasses) {
        EnterpriseArchive ear = importEar("pierre.ear");
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses)
                .addClasses(
                        TestDatabase.class,
                        Deployments.class,
                        SecretLog.class,
                        TestServer.class,
                        ConcurrentCalls.class,
                        ConcurrentCalls.Work.class,
                        Rotations.class,
                        TestRows.class);
        Testable.archiveToTest(war);
        return ear;
    }

    /**
     * The real EAR with its persistence unit and startup bean pointed at another datasource ({@code java:} name
     * as the server binds it), to prove how deployment fails when the database is wrong.
     */
    public static EnterpriseArchive pierreEarBoundTo(String name, String jndiName) {
        EnterpriseArchive ear = importEar(name);
        JavaArchive domain = ear.getAsType(JavaArchive.class, DOMAIN_JAR);
        replaceText(
                domain,
                "META-INF/persistence.xml",
                "<jta-data-source>" + PRODUCT_DATASOURCE + "</jta-data-source>",
                "<jta-data-source>" + jndiName + "</jta-data-source>");
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_JAR);
        replaceText(
                ejb,
                "META-INF/jboss-ejb3.xml",
                "<lookup-name>java:/" + PRODUCT_DATASOURCE + "</lookup-name>",
                "<lookup-name>" + jndiName + "</lookup-name>");
        return ear;
    }

    /**
     * Adds a migration after the product's own, e.g. one that breaks the mapping; {@code vendors} are the
     * migration folders ("sqlite", "postgresql") it goes into.
     */
    public static void addMigration(EnterpriseArchive ear, String fileName, String sql, String... vendors) {
        JavaArchive migrations = ear.getAsType(JavaArchive.class, MIGRATIONS_JAR);
        for (String vendor : vendors) {
            migrations.add(new StringAsset(sql), "db/migration/" + vendor + "/" + fileName);
        }
    }

    private static EnterpriseArchive importEar(String name) {
        String path = System.getProperty("pierre.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property pierre.ear must name the built EAR, was " + path);
        }
        return ShrinkWrap.create(ZipImporter.class, name)
                .importFrom(new File(path))
                .as(EnterpriseArchive.class);
    }

    private static void replaceText(JavaArchive archive, String path, String from, String to) {
        String original = read(archive, path);
        if (!original.contains(from)) {
            throw new IllegalStateException(path + " no longer contains " + from);
        }
        archive.delete(path);
        archive.add(new StringAsset(original.replace(from, to)), path);
    }

    private static String read(JavaArchive archive, String path) {
        ArchivePath archivePath = org.jboss.shrinkwrap.api.ArchivePaths.create(path);
        try (InputStream in = archive.get(archivePath).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
