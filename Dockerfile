# syntax=docker/dockerfile:1
# One image recipe for all four services: docker build --build-arg SERVICE=order-service .
# docker-compose.yml builds each service with it.

ARG SERVICE=order-service

FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /workspace
COPY . .
# The cache mount keeps Maven's downloads between builds of the four images.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -q -B -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN useradd --system --no-create-home --shell /usr/sbin/nologin oms
WORKDIR /app
COPY --from=build /workspace/${SERVICE}/target/${SERVICE}-*-exec.jar /app/app.jar
USER oms
# The main class sets spring.config.name=<service>; settings come from the environment
# (SPRING_DATASOURCE_URL, SPRING_KAFKA_BOOTSTRAP_SERVERS, OMS_MESSAGING_..., JAVA_TOOL_OPTIONS).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
