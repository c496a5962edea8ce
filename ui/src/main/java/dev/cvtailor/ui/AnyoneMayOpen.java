package dev.cvtailor.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view that visitors and signed-in users alike may open (an invitation link): {@link AccessGuard} neither
 * sends a visitor to sign in first nor sends a signed-in user away from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnyoneMayOpen {
}
