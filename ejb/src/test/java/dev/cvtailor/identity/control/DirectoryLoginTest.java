package dev.cvtailor.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DirectoryLoginTest {

    @Test
    void takesOnlyDnsUnderTheDirectorysBase() {
        Optional<String> base = Optional.of("dc=uni-x,dc=example");
        assertTrue(DirectoryLogin.inDirectory("uid=carla,ou=people,dc=uni-x,dc=example", base));
        assertTrue(DirectoryLogin.inDirectory("UID=carla, OU=People, DC=Uni-X, DC=example", base));
        assertFalse(DirectoryLogin.inDirectory("uid=carla,ou=people,dc=evil-uni-x,dc=example", base));
        assertFalse(DirectoryLogin.inDirectory("uid=carla,dc=elsewhere", base));
    }

    @Test
    void refusesTheBasicRegistrysUserWhoseUniqueIdIsNoDn() {
        assertFalse(DirectoryLogin.inDirectory("admin@cvtailor.example", Optional.empty()));
        assertTrue(DirectoryLogin.inDirectory("uid=carla,ou=people,dc=uni-x,dc=example", Optional.empty()));
    }
}
