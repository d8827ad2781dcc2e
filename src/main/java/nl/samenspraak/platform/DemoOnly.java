package nl.samenspraak.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A bean that exists only when the demo is switched on ({@link DemoSwitch}: by default only with
 * the embedded database, never with {@code SAMENSPRAAK_DEMO=false}). Demo content and the code that
 * makes it (every {@link DemoContributor}) are therefore not even present on a production install.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoOnly.DemoSwitchedOn.class)
public @interface DemoOnly {

    /** The rule of {@link DemoSwitch}, read from {@code samenspraak.demo} and {@code spring.datasource.url}. */
    final class DemoSwitchedOn implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return new DemoSwitch(context.getEnvironment().getProperty("samenspraak.demo", ""),
                    context.getEnvironment().getProperty("spring.datasource.url", "")).enabled();
        }
    }
}
