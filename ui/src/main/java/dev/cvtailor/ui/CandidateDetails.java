package dev.cvtailor.ui;

import com.vaadin.flow.dom.Element;

/**
 * The candidate's contact details (name, e-mail, phone, location, links) as the browser keeps them, under one
 * key of its local storage: the server never stores them. Tailor fills its form from them; an import offers the
 * ones its CV's header holds.
 */
public final class CandidateDetails {

    public static final String KEY = "cvtailor.candidate";

    private CandidateDetails() {
    }

    /** Keeps the details (a JSON object) in the browser of the element's page. */
    public static void keep(Element element, String json) {
        element.executeJs("localStorage.setItem($0, $1)", KEY, json);
    }
}
