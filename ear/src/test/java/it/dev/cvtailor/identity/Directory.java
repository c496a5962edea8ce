package it.dev.cvtailor.identity;

import java.nio.file.Path;
import java.util.UUID;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;

/**
 * A real LDAP directory for the directory sign-in tests: UnboundID's in-memory server on it.ldap.port, over LDAPS
 * with the test-only certificate the test server trusts (ear/src/it/liberty-dropins/sso-directory.xml). One per
 * test JVM; the server reaches it only when someone signs in, so it may start after the server.
 * <p>
 * Base {@code dc=uni-x,dc=example}: people under {@code ou=people}, groups (groupOfNames) under {@code ou=groups},
 * the account the server binds with under {@code ou=services}. Schema checking is off so that a person can carry
 * {@code pwdAccountLockedTime}, as a locked account does under OpenLDAP's password policy.
 */
public final class Directory {

    public static final String BASE = "dc=uni-x,dc=example";
    public static final String PEOPLE = "ou=people," + BASE;
    public static final String GROUPS = "ou=groups," + BASE;

    private static InMemoryDirectoryServer server;

    private Directory() {
    }

    public static synchronized InMemoryDirectoryServer start() {
        if (server != null) {
            return server;
        }
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null);
            String keyStore = System.getProperty("it.ldap.keystore",
                    Path.of("src/it/ldap/ldap-it.p12").toAbsolutePath().toString());
            SSLUtil tls = new SSLUtil(new KeyStoreKeyManager(keyStore, "cvtailor-it".toCharArray(), "PKCS12", "ldap"),
                    null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps", null,
                    Integer.getInteger("it.ldap.port", 10636), tls.createSSLServerSocketFactory(), null));
            server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: uni-x");
            server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
            server.add("dn: ou=services," + BASE, "objectClass: organizationalUnit", "ou: services");
            server.add("dn: cn=CV Tailor,ou=services," + BASE, "objectClass: person", "cn: CV Tailor", "sn: Service",
                    "userPassword: cvtailor-directory-it");
            server.startListening();
            Runtime.getRuntime().addShutdownHook(new Thread(Directory::stop));
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }

    /** A person of the directory, with a unique uid and mail; returns their DN. */
    public static Person person(String name, String password) {
        String uid = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return person(uid, uid + "@uni-x.example", password);
    }

    /** A person with this uid and mail (e.g. the mail of an existing CV Tailor account). */
    public static Person person(String uid, String mail, String password) {
        String dn = "uid=" + uid + "," + PEOPLE;
        run(() -> start().add("dn: " + dn, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid,
                "sn: Person", "mail: " + mail, "userPassword: " + password));
        return new Person(uid, mail, dn);
    }

    /** A group (groupOfNames) with these members; returns its DN. */
    public static String group(String cn, Person... members) {
        String dn = "cn=" + cn + "," + GROUPS;
        String[] lines = new String[3 + Math.max(1, members.length)];
        lines[0] = "dn: " + dn;
        lines[1] = "objectClass: groupOfNames";
        lines[2] = "cn: " + cn;
        if (members.length == 0) {
            lines[3] = "member: cn=nobody," + BASE;
        }
        for (int i = 0; i < members.length; i++) {
            lines[3 + i] = "member: " + members[i].dn();
        }
        run(() -> start().add(lines));
        return dn;
    }

    public static void addToGroup(String groupDn, Person person) {
        run(() -> start().modify(groupDn, new Modification(ModificationType.ADD, "member", person.dn())));
    }

    public static void removeFromGroup(String groupDn, Person person) {
        run(() -> start().modify(groupDn, new Modification(ModificationType.DELETE, "member", person.dn())));
    }

    /** Locks the account the way OpenLDAP's password policy does; the server's user filter leaves it out. */
    public static void lock(Person person) {
        run(() -> start().modify(person.dn(), new Modification(ModificationType.ADD, "pwdAccountLockedTime",
                "20260101000000Z")));
    }

    /** A person in the directory. */
    public record Person(String uid, String mail, String dn) {
    }

    private interface Change {
        void run() throws LDAPException, LDIFException;
    }

    private static void run(Change change) {
        try {
            change.run();
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
