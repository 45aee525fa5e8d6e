package io.pierre.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.Deployments;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test servers listen on loopback only, as the run command's do: every port the server kind opens by default
 * answers on 127.0.0.1 and refuses a connection to this machine's other addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListenAddressIT {

    /** WildFly: HTTP, HTTPS, management. Payara: HTTP, HTTPS, admin, IIOP, JMX, JMS, data grid. */
    private static final int[] WILDFLY_PORTS = {8080, 8443, 9990};

    private static final int[] PAYARA_PORTS = {8080, 8181, 4848, 3700, 8686, 7676, 4900};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar();
    }

    @Test
    void everyPortAnswersOnLoopbackOnlyAndNoOtherAddressOfThisMachine() throws Exception {
        List<InetAddress> others = nonLoopbackAddresses();
        assertFalse(
                others.isEmpty(),
                "this machine has no address besides loopback, so the test cannot tell where the server listens");
        boolean wildFly = System.getProperty("jboss.home") != null;
        List<String> reachable = new ArrayList<>();
        for (int port : wildFly ? WILDFLY_PORTS : PAYARA_PORTS) {
            for (InetAddress address : others) {
                if (connects(address, port)) {
                    reachable.add(address.getHostAddress() + ":" + port);
                }
            }
        }
        assertEquals(List.of(), reachable, "ports open beyond loopback");
        assertTrue(connects(InetAddress.getLoopbackAddress(), 8080), "the HTTP port answers on loopback");
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(a -> a instanceof Inet4Address)
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
