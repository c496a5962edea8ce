package dev.cvtailor.evidence.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.evidence.entity.LinkCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides whether the server may fetch a URL (server-side request forgery protection): http or https only, no
 * credentials in the URL, no numeric host in an unusual form (decimal, hex, octal), and every address the host
 * resolves to must be public: not loopback, private, link-local (cloud metadata included), unique-local,
 * carrier-grade NAT, multicast or unspecified. Hosts on the admin allow-list ({@code host} or
 * {@code host:port}, for intranet evidence) are admitted as they are.
 */
@ApplicationScoped
public class AddressPolicy {

    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("[0-9.]+|0x[0-9a-f.x]+|[0-9a-fx.]*\\.0x[0-9a-f]+.*");

    @Inject
    @ConfigProperty(name = "cvtailor.evidence.allowed-hosts")
    Optional<String> allowedHosts;

    /** Why the URL may not be fetched ({@code REJECTED}), or that its host does not resolve; empty when it may. */
    public Optional<LinkCheck> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(LinkCheck.rejected("only http and https links are checked"));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(LinkCheck.rejected("links with a user name or password are not fetched"));
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return Optional.of(LinkCheck.rejected("the link names no host"));
        }
        if (isAllowListed(host, uri.getPort())) {
            return Optional.empty();
        }
        if (NUMERIC_LOOKING.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            return Optional.of(LinkCheck.rejected("numeric hosts in unusual forms are not fetched"));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of(LinkCheck.unreachable("the host does not exist"));
        }
        return Arrays.stream(addresses).filter(AddressPolicy::isInternal).findFirst()
                .map(internal -> LinkCheck.rejected("the host is inside a private network"));
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 127 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19));
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }

    private boolean isAllowListed(String host, int port) {
        List<String> entries = Arrays.stream(allowedHosts.orElse("").split(",")).map(String::strip)
                .map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        return entries.contains(host) || (port > 0 && entries.contains(host + ":" + port));
    }
}
