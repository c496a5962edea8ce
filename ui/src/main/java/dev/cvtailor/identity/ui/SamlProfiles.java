package dev.cvtailor.identity.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.websphere.security.saml2.PropagationHelper;
import com.ibm.websphere.security.saml2.Saml20Attribute;
import com.ibm.websphere.security.saml2.Saml20Token;

import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.IdentityProvider;

/**
 * The person Liberty's SAML service provider signed in on this request, from the assertion it checked (signature,
 * audience, validity): the NameID is the subject; the attributes {@code email}, {@code name} and {@code groups} (or
 * the names in {@code sso.<id>.*-attribute}) give the rest. Loaded only when a SAML provider is configured.
 */
final class SamlProfiles {

    private SamlProfiles() {
    }

    static PendingSignIn signedIn(IdentityProvider provider, String emailAttribute, String nameAttribute,
            String groupsAttribute, String next) {
        Saml20Token token = PropagationHelper.getSaml20Token();
        if (token == null) {
            throw new IllegalStateException("No SAML assertion on a request the SP of " + provider.id() + " let in");
        }
        Map<String, List<String>> attributes = new HashMap<>();
        for (Saml20Attribute attribute : token.getSAMLAttributes()) {
            attributes.merge(attribute.getName(), List.copyOf(attribute.getValuesAsString()),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        String nameId = token.getSAMLNameID();
        String email = attributes.getOrDefault(emailAttribute, List.of()).stream().findFirst()
                .orElse(nameId != null && nameId.contains("@") ? nameId : null);
        String name = attributes.getOrDefault(nameAttribute, List.of()).stream().findFirst().orElse(null);
        ExternalProfile profile = new ExternalProfile(provider.id(), provider.kind(), nameId, email, name,
                Map.of(ExternalProfile.GROUPS, attributes.getOrDefault(groupsAttribute, List.of())));
        return new PendingSignIn(profile, next, null);
    }
}
