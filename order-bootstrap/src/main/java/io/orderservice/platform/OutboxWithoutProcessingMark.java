package io.orderservice.platform;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * The outbox without Modulith's "processing" mark. Before every listener invocation Modulith updates
 * the publication to {@code PROCESSING} in a transaction of its own: one UPDATE, one commit and one
 * dead row version per delivered event (docs/performance.md). Nothing in this service reads that status:
 * resubmission looks at the completion date, and staleness treats {@code PUBLISHED} and
 * {@code PROCESSING} alike. The repository SPI makes the mark optional
 * ({@link EventPublicationRepository#markProcessing} does nothing by default), so this keeps Modulith's
 * JPA repository for everything else and only leaves the mark out.
 */
@Configuration(proxyBeanMethods = false)
class OutboxWithoutProcessingMark {

    @Bean
    static BeanPostProcessor publicationRepositoryWithoutProcessingMark() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof EventPublicationRepository)) {
                    return bean;
                }
                var skipMark = new NameMatchMethodPointcutAdvisor((MethodInterceptor) invocation -> null);
                skipMark.setMappedName("markProcessing");
                var proxy = new ProxyFactory(bean);
                proxy.addInterface(EventPublicationRepository.class);
                proxy.addAdvisor(skipMark);
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }
}
