import type { SandboxSshKey } from "../state/types";

/**
 * The billing demo user's SSH keys: real public keys made once with ssh-keygen (OpenSSH 9.2; the
 * private halves were discarded). `ssh-keygen -lf` prints SHA256:nSdByzqXA9Y4P9rWBAU47jfVQ3xw5Krihwyx4uMVbvw
 * (ED25519, 256) and SHA256:XxJTO2shLV1c5imjzrVZLbbQGuGL+6uhP8UCoAJT8DY (RSA, 3072).
 */
export function billingSshKeys(): SandboxSshKey[] {
  return [
    {
      id: 301,
      title: "Laptop",
      publicKey:
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBsnTiB062/S+MAwly++IUhLy1IKqU/VvqZcY9+FE8qB bill@laptop",
      addedOn: "2025-06-02 09:12:44",
    },
    {
      id: 302,
      title: "CI runner",
      publicKey:
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCvGtIfczwnjZa/4xHQ2XHPWvxDvHt/BgY6KDj4w5iGJAHubkfcATrkgeJh9xbXWDnXoyRYLUw3jHcGqkeJqlV86QUneHi+UhDUC4Tk195UOIHZMwaglTh6uIPMsKNW5cbuUpBKORQvUaZEaw3rG5h6k5rw3xajlahclWgqX9AqHXOqvme5vGyty3og4+Rf8zSa7npX5qcfQgV/8g5yQK3dDHqv+hbb5WZyxfq6/Roj1nvb2Zsd+Yx5fVoFZpEQEIw223RhZZdeizkPeqziozOWNRV6IzZZzOxgCKkulhO1W9S4lvrv12fl7bxiG5udm62Dmev5GPrp40hYpa0ubj6YzD3bzaimDUVZjquQryBrRtg/Cxrc+wcmm5uGJjLrucxXJNn3q0ud1GGgwDYKhPFOmjMReKgtpcePIsC45dxfbPKwjposqRVrFEMtO1wczoSJndDfa5Iklb19O6OJCuUhxzh4KkcxMNAZYm3J0/ahkgL2DICSyyt02JUf6cCRSlE= bill@ci-runner",
      addedOn: "2026-02-17 15:40:03",
    },
  ];
}
