/**
 * The Docker CLI's and daemon's messages, worded as docker 20.10–29 print them. A DockerError is
 * what a Docker action throws; the command prints its text on stderr and exits with its status.
 */
export class DockerError extends Error {
  constructor(
    readonly text: string,
    readonly status = 1,
  ) {
    super(text);
  }
}

const daemon = (message: string) => `Error response from daemon: ${message}`;

export const dockerErrors = {
  notRunning: () =>
    new DockerError(
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n",
    ),
  alreadyRunning: () =>
    new DockerError(
      "failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid\n",
    ),
  networkExists: (name: string) => new DockerError(`${daemon(`network with name ${name} already exists`)}\n`),
  networkNotFound: (name: string) => new DockerError(`${daemon(`network ${name} not found`)}\n`),
  networkInUse: (name: string, id: string) =>
    new DockerError(
      `${daemon(`error while removing network: network ${name} id ${id} has active endpoints`)}\n`,
    ),
  builtinNetwork: (name: string) =>
    new DockerError(`${daemon(`${name} is a pre-defined network and cannot be removed`)}\n`),
  noMoreSubnets: () =>
    new DockerError(
      `${daemon("could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network")}\n`,
    ),
  invalidSubnet: (text: string) => new DockerError(`invalid subnet ${text}: invalid CIDR address: ${text}\n`),
  poolOverlaps: () => new DockerError(`${daemon("Pool overlaps with other one on this address space")}\n`),
  noSuchContainer: (name: string) => new DockerError(`${daemon(`No such container: ${name}`)}\n`),
  noSuchObject: (name: string) => new DockerError(`Error: No such object: ${name}\n`),
  notRunningContainer: (id: string) => new DockerError(`${daemon(`container ${id} is not running`)}\n`),
  removeRunning: (id: string) =>
    new DockerError(
      `${daemon(`You cannot remove a running container ${id}. Stop the container before attempting removal or force remove`)}\n`,
    ),
  nameInUse: (name: string, id: string) =>
    new DockerError(
      `docker: ${daemon(`Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`)}\nSee 'docker run --help'.\n`,
      125,
    ),
  runNetworkNotFound: (name: string) =>
    new DockerError(`docker: ${daemon(`network ${name} not found.`)}\nSee 'docker run --help'.\n`, 125),
  portAllocated: (endpoint: string, id: string, hostIp: string, port: number) =>
    new DockerError(
      `docker: ${daemon(`driver failed programming external connectivity on endpoint ${endpoint} (${id}): Bind for ${hostIp || "0.0.0.0"}:${port} failed: port is already allocated.`)}\n`,
      125,
    ),
  addressInUse: () =>
    new DockerError(`docker: ${daemon("Address already in use.")}\nSee 'docker run --help'.\n`, 125),
  invalidPort: (spec: string) =>
    new DockerError(`docker: invalid port format for --publish: ${spec}.\nSee 'docker run --help'.\n`, 125),
  invalidPortRanges: (ctr: string, host: string) =>
    new DockerError(
      `docker: invalid ranges specified for container and host Ports: ${ctr} and ${host}.\nSee 'docker run --help'.\n`,
      125,
    ),
  usage: (command: string, text: string) =>
    new DockerError(`${text}\nSee '${command} --help'.\n`, command.includes("run") ? 125 : 1),
  unknownFlag: (command: string, flag: string) =>
    new DockerError(
      `unknown flag: ${flag}\nSee '${command} --help'.\n`,
      command.startsWith("docker run") ? 125 : 1,
    ),
  unknownCommand: (name: string) =>
    new DockerError(`docker: '${name}' is not a docker command.\nSee 'docker --help'\n`),
  /** A host command Docker ran failed: the daemon's answer names it. */
  host: (message: string) => new DockerError(`${daemon(message)}\n`),
};
