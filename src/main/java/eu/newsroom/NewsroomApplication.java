package eu.newsroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The EU Defence Newsroom: briefings, statements, commitments and initiatives, browsable and searchable. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NewsroomApplication {

    public static void main(String[] args) {
        SpringApplication.run(NewsroomApplication.class, args);
    }
}
