package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;

/** With the demo switched off (as on a production install) no demo code exists as a bean. */
class DemoOnlyTest extends IntegrationTest {

    @Test
    void noDemoContributorOrDemoContentExistsWithTheDemoSwitchedOff() {
        assertThat(context.getBeansOfType(DemoContributor.class)).isEmpty();
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getType(name))
                .filter(type -> type != null && type.isAnnotationPresent(DemoOnly.class)))
                .isEmpty();
        assertThat(Arrays.stream(context.getBeanNamesForType(Object.class))).doesNotContain("demoContent");
    }

    @Test
    void theConditionFollowsTheDemoSwitch() {
        var environment = new org.springframework.mock.env.MockEnvironment();
        var conditionContext = org.mockito.Mockito.mock(org.springframework.context.annotation.ConditionContext.class);
        org.mockito.Mockito.when(conditionContext.getEnvironment()).thenReturn(environment);
        DemoOnly.DemoSwitchedOn condition = new DemoOnly.DemoSwitchedOn();

        assertThat(condition.matches(conditionContext, null)).as("embedded database, nothing said").isTrue();
        environment.setProperty("samenspraak.demo", "false");
        assertThat(condition.matches(conditionContext, null)).as("switched off").isFalse();
        environment.setProperty("samenspraak.demo", "");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db.example/samenspraak");
        assertThat(condition.matches(conditionContext, null)).as("external database").isFalse();
        environment.setProperty("samenspraak.demo", "true");
        assertThat(condition.matches(conditionContext, null)).as("external database, asked for").isTrue();
    }
}
