package nl.samenspraak.platform;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Replaces Spring Boot's message source with {@link IcuMessageSource}, configured from the same
 * {@code spring.messages.*} properties Boot would use (the bean name makes Boot step aside).
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean(name = "messageSource")
    MessageSource messageSource(Environment environment) {
        var properties = Binder.get(environment).bind("spring.messages", MessageSourceProperties.class)
                .orElseGet(MessageSourceProperties::new);
        var source = new IcuMessageSource();
        source.setBasenames(properties.getBasename().stream()
                .flatMap(name -> StringUtils.commaDelimitedListToSet(name).stream())
                .map(String::trim)
                .toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }
}
