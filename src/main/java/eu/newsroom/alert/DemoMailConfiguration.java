package eu.newsroom.alert;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** In the demo mode, the mail sender speaks SMTP to the demo mailbox; otherwise Spring Boot's (spring.mail.*). */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMailMode.class)
class DemoMailConfiguration {

    @Bean
    JavaMailSender demoMailSender(DemoMailbox mailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailbox.port());
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return sender;
    }
}
