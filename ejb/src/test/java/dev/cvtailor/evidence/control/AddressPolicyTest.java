package dev.cvtailor.evidence.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.100.1.1",
            "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "198.18.0.1"})
    void treatsInternalAddressesAsInternal(String address) throws Exception {
        assertTrue(AddressPolicy.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "140.82.112.3", "172.32.0.1", "100.128.0.1", "2606:4700::6810:85e5"})
    void treatsPublicAddressesAsPublic(String address) throws Exception {
        assertFalse(AddressPolicy.isInternal(InetAddress.getByName(address)), address);
    }
}
