package io.orderservice.platform;

import org.apache.catalina.Container;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemReportValve} in place of Tomcat's error report valve on every server this application starts
 * (the API's and the management port's). Done once a server has started, because a host only adds its error report
 * valve when it starts.
 */
@Component
class ProblemReportValveInstaller implements ApplicationListener<WebServerInitializedEvent> {

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getWebServer() instanceof TomcatWebServer tomcat) {
            for (Container host : tomcat.getTomcat().getEngine().findChildren()) {
                var pipeline = host.getPipeline();
                for (var valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        pipeline.removeValve(valve);
                        pipeline.addValve(new ProblemReportValve());
                    }
                }
            }
        }
    }
}
